package org.peerpartners.companion.bot.conversation.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.peerpartners.companion.bot.conversation.Command;
import org.peerpartners.companion.bot.conversation.Context;
import org.peerpartners.companion.bot.conversation.Context.Person;
import org.peerpartners.companion.bot.conversation.Context.Role;
import org.peerpartners.companion.bot.inbound.InboundMessage;
import org.peerpartners.companion.goal.Goal;
import org.peerpartners.companion.goal.GoalKind;
import org.peerpartners.companion.participant.Participant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the dialog's read-only {@link Context} from the database, for one inbound message. */
@Component
class ContextLoader {

    private final ParticipantSnapshot snapshot;
    private final Invites invites;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final String publicBaseUrl;

    ContextLoader(ParticipantSnapshot snapshot, Invites invites, Directory directory, JdbcClient jdbc,
            @Value("${companion.public-base-url:}") String publicBaseUrl) {
        this.snapshot = snapshot;
        this.invites = invites;
        this.directory = directory;
        this.jdbc = jdbc;
        this.publicBaseUrl = publicBaseUrl.strip();
    }

    /** @param command the parsed message; only a stranger's JOIN looks its code up (and counts towards the throttle) */
    Context load(InboundMessage message, Speaker speaker, Command command, Instant now) {
        if (speaker.isParticipant()) {
            return participant(message, speaker, now);
        }
        Context empty = new Context(message.channel(), speaker.language(), "", "", Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        if (speaker.isStaff()) {
            return with(empty, Optional.of(new Person(speaker.staffUserId(), Role.COACH, speaker.firstName(),
                    speaker.zone())), Optional.empty(), "", summaryLink(speaker.staffUserId()));
        }
        if (command instanceof Command.Join join) {
            Invites.Found found = invites.lookup(message.channel(), message.senderAddress(), join.code(), now);
            return with(empty, Optional.empty(), Optional.of(found.lookup()), found.programName().orElse(""),
                    Optional.empty());
        }
        return empty;
    }

    private Context participant(InboundMessage message, Speaker speaker, Instant now) {
        Participant participant = snapshot.participant(speaker.participantId());
        long id = participant.id();
        List<Goal> goals = snapshot.currentGoals(id);
        List<String> secondary = goals.stream().filter(g -> g.kind() == GoalKind.SECONDARY).map(Goal::text).toList();
        String program = jdbc.sql("""
                SELECT pr.name FROM peer_group g JOIN program pr ON pr.id = g.program_id WHERE g.id = :id
                """).param("id", participant.groupId()).query(String.class).single();
        return new Context(message.channel(), speaker.language(), program,
                directory.coachContact(id).orElse(""),
                Optional.of(new Person(id, Role.PARTICIPANT, participant.firstName(), participant.timeZone())),
                Optional.empty(),
                snapshot.plan(participant, now),
                Optional.of(snapshot.budget(participant, now)),
                ParticipantSnapshot.goalText(goals, GoalKind.PRIMARY),
                secondary,
                snapshot.buddies(id, now),
                snapshot.nextMeeting(participant.groupId(), snapshot.groupZone(participant.groupId()), now),
                Optional.ofNullable(participant.pausedUntil()),
                snapshot.lastSpending(id),
                Optional.empty());
    }

    /**
     * The page of the latest stored pre-group summary (by meeting start) of the active groups
     * the coach leads; empty when there is none yet, or when the public base URL is not
     * configured (otherwise there is nowhere to link to).
     */
    private Optional<String> summaryLink(long staffUserId) {
        if (publicBaseUrl.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT s.id FROM meeting_summary s
                JOIN meeting m ON m.id = s.meeting_id
                JOIN peer_group g ON g.id = s.group_id
                WHERE g.coach_id = :coach AND g.archived_at IS NULL
                ORDER BY m.starts_at DESC, s.id DESC LIMIT 1
                """).param("coach", staffUserId).query(Long.class).optional()
                .map(summary -> publicBaseUrl.replaceAll("/+$", "") + "/summaries/" + summary);
    }

    private static Context with(Context base, Optional<Person> person, Optional<Context.InviteLookup> invite,
            String programName, Optional<String> summaryLink) {
        return new Context(base.channel(), base.language(), programName, base.coachContact(), person, invite,
                base.plan(), base.budget(), base.primaryGoal(), base.secondaryGoals(), base.buddies(),
                base.nextMeeting(), base.pausedUntil(), base.lastSpending(), summaryLink);
    }
}
