package org.peerpartners.companion.testing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.peerpartners.companion.buddy.BuddySet;
import org.peerpartners.companion.consent.ConsentEvent;
import org.peerpartners.companion.consent.ConsentKind;
import org.peerpartners.companion.consent.ConsentSource;
import org.peerpartners.companion.group.Cadence;
import org.peerpartners.companion.group.MeetingSeries;
import org.peerpartners.companion.group.PeerGroup;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.participant.ChannelIdentity;
import org.peerpartners.companion.participant.InviteCode;
import org.peerpartners.companion.participant.Participant;
import org.peerpartners.companion.participant.ParticipantStatus;
import org.peerpartners.companion.plan.ActionPlan;
import org.peerpartners.companion.plan.PlanItem;
import org.peerpartners.companion.program.Program;
import org.peerpartners.companion.program.Role;
import org.peerpartners.companion.program.StaffUser;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

/**
 * Named people and places for tests, written with real SQL: a program in New York, its
 * supervisor Sam, Coach Carmen, her Thursday-evening group, Ana (English, New York, by SMS)
 * and Ben (Spanish, Chicago, by Telegram) as buddies, and Ana's plan for this week.
 *
 * <pre>{@code
 * var world = new Fixtures(aggregates, clock).world();
 * world.ana().firstName(); // "Ana"
 * }</pre>
 *
 * Values that must be unique in the database (e-mails, phone numbers, chat ids, invite
 * codes) get a counter suffix, so tests that commit can call this as often as they like.
 */
public class Fixtures {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final Currency USD = Currency.getInstance("USD");

    private static final AtomicInteger unique = new AtomicInteger();

    private final JdbcAggregateOperations aggregates;
    private final Clock clock;

    public Fixtures(JdbcAggregateOperations aggregates, Clock clock) {
        this.aggregates = aggregates;
        this.clock = clock;
    }

    /** Everything at once. */
    public record World(
            Program program,
            StaffUser supervisor,
            StaffUser carmen,
            PeerGroup group,
            MeetingSeries series,
            Participant ana,
            Participant ben,
            ChannelIdentity anaSms,
            ChannelIdentity benTelegram,
            BuddySet anaAndBen,
            ActionPlan anaPlan,
            List<PlanItem> anaItems) {
    }

    public World world() {
        Program program = program();
        StaffUser supervisor = supervisor(program);
        StaffUser carmen = coachCarmen(program, supervisor);
        PeerGroup group = group(program, carmen);
        MeetingSeries series = weeklySeries(group);
        Participant ana = ana(group);
        Participant ben = ben(group);
        ChannelIdentity anaSms = sms(ana);
        ChannelIdentity benTelegram = telegram(ben);
        BuddySet buddies = buddies(group, ana, ben);
        ActionPlan plan = planThisWeek(ana);
        List<PlanItem> items = items(plan, "Free art class at the library", "Walk in the park with Ben");
        return new World(program, supervisor, carmen, group, series, ana, ben, anaSms, benTelegram, buddies, plan,
                items);
    }

    public Instant now() {
        return clock.instant();
    }

    public Program program() {
        return aggregates.insert(Program.create("Peer Partners Queens", NEW_YORK, now()));
    }

    /** Sam, the supervisor. */
    public StaffUser supervisor(Program program) {
        return aggregates.insert(StaffUser.create(program.id(), "sam." + unique.incrementAndGet() + "@peerpartners.example",
                "Supervisor Sam", Role.SUPERVISOR, null, ENGLISH, NEW_YORK, now()));
    }

    public StaffUser coachCarmen(Program program, StaffUser supervisor) {
        return aggregates.insert(StaffUser.create(program.id(),
                "carmen." + unique.incrementAndGet() + "@peerpartners.example", "Coach Carmen", Role.COACH,
                supervisor.id(), SPANISH, NEW_YORK, now()));
    }

    public PeerGroup group(Program program, StaffUser coach) {
        return aggregates.insert(PeerGroup.create(program.id(), null, "Thursday Evening Group", coach.id(), NEW_YORK,
                now()));
    }

    /** Thursdays at 6 pm in the group's zone, 90 minutes, from 5 November 2026. */
    public MeetingSeries weeklySeries(PeerGroup group) {
        return aggregates.insert(MeetingSeries.create(group.id(), Cadence.WEEKLY,
                LocalDateTime.of(2026, 11, 5, 18, 0), 90, "Queens Library, Room 2"));
    }

    /** Ana: English, New York, $50 a month, joined. */
    public Participant ana(PeerGroup group) {
        return participant(group, "Ana", ENGLISH, NEW_YORK, new BigDecimal("50.00"));
    }

    /** Ben: Spanish, Chicago, $40 a month, joined. */
    public Participant ben(PeerGroup group) {
        return participant(group, "Ben", SPANISH, CHICAGO, new BigDecimal("40.00"));
    }

    public Participant participant(PeerGroup group, String firstName, Locale language, ZoneId zone,
            BigDecimal monthlyAllowance) {
        return aggregates.insert(Participant.enrol(group.id(), firstName, language, zone, monthlyAllowance, USD,
                LocalDate.of(2026, 11, 5), now()).withStatus(ParticipantStatus.ACTIVE));
    }

    /** Links a fresh phone number to the participant, opted in by joining. */
    public ChannelIdentity sms(Participant participant) {
        return linked(ChannelIdentity.forParticipant(Channel.SMS,
                String.format("+1555%07d", unique.incrementAndGet()), participant.id(), now()));
    }

    /** Links a fresh Telegram chat to the participant, opted in by joining. */
    public ChannelIdentity telegram(Participant participant) {
        return linked(ChannelIdentity.forParticipant(Channel.TELEGRAM, String.valueOf(700_000_000L + unique.incrementAndGet()),
                participant.id(), now()));
    }

    /** Links a fresh Telegram chat to a staff member (Coach Carmen gets her summaries there). */
    public ChannelIdentity telegram(StaffUser staff) {
        return linked(ChannelIdentity.forStaff(Channel.TELEGRAM, String.valueOf(800_000_000L + unique.incrementAndGet()),
                staff.id(), now()));
    }

    public InviteCode inviteCode(Participant participant) {
        return aggregates.insert(InviteCode.forParticipant(participant.firstName().toUpperCase(Locale.ROOT)
                + unique.incrementAndGet(), participant.id(), now()));
    }

    /** A pair or trio, active from now on. */
    public BuddySet buddies(PeerGroup group, Participant... members) {
        List<Long> ids = new ArrayList<>();
        for (Participant member : members) {
            ids.add(member.id());
        }
        return aggregates.insert(BuddySet.of(group.id(), ids, now()));
    }

    /** The participant's plan for the week that contains now, weeks starting on Monday. */
    public ActionPlan planThisWeek(Participant participant) {
        LocalDate monday = LocalDate.ofInstant(now(), participant.timeZone())
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return aggregates.insert(ActionPlan.create(participant.id(), monday, now()));
    }

    /** Items numbered 1, 2, … in the order given; the first is on Wednesday at 3 pm, the others untimed. */
    public List<PlanItem> items(ActionPlan plan, String... texts) {
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            LocalDate day = i == 0 ? plan.weekStart().plusDays(2) : null;
            LocalTime time = i == 0 ? LocalTime.of(15, 0) : null;
            items.add(aggregates.insert(new PlanItem(null, plan.id(), i + 1, texts[i], day, time, null, null, null,
                    null, now(), null)));
        }
        return items;
    }

    private ChannelIdentity linked(ChannelIdentity identity) {
        ChannelIdentity saved = aggregates.insert(identity);
        aggregates.insert(new ConsentEvent(null, saved.channel(), saved.address(), saved.participantId(),
                saved.staffUserId(), ConsentKind.OPT_IN, ConsentSource.JOIN, "test fixtures", now()));
        return saved;
    }
}
