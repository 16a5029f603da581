package org.peerpartners.companion.web.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.outcome.Interview;
import org.peerpartners.companion.outcome.InterviewKind;
import org.peerpartners.companion.outcome.InterviewRepository;
import org.peerpartners.companion.security.FieldEncryption;
import org.peerpartners.companion.security.FieldRef;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and records quality-of-life interviews. Each confidential field is encrypted bound to
 * its table, column and row; reading writes an audit row in the same transaction, so an
 * unaudited view cannot happen. Callers check {@link IntakeAccess} first.
 */
@Component
class Intakes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An indicator's two scores. */
    record Answer(boolean outcome, boolean supports) {
    }

    /** The answers document (stored encrypted in indicators_encrypted). */
    record Indicators(int version, Map<QualityIndicator, Answer> answers) {
    }

    /** The hospital and ER document (stored encrypted in history_encrypted). */
    record History(int hospitalStays, int erVisits) {
    }

    /** One interview, decrypted for the page. */
    record InterviewView(long id, InterviewKind kind, LocalDate interviewedOn, String interviewer,
            Map<QualityIndicator, Answer> answers, History history, String notes) {

        public boolean outcome(QualityIndicator indicator) {
            Answer answer = answers.get(indicator);
            return answer != null && answer.outcome();
        }

        public boolean supports(QualityIndicator indicator) {
            Answer answer = answers.get(indicator);
            return answer != null && answer.supports();
        }

        public long outcomesPresent() {
            return answers.values().stream().filter(Answer::outcome).count();
        }
    }

    private final InterviewRepository interviews;
    private final FieldEncryption encryption;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Intakes(InterviewRepository interviews, FieldEncryption encryption, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.interviews = interviews;
        this.encryption = encryption;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The participant's interviews, oldest first; audited as one view. */
    @Transactional
    List<InterviewView> view(StaffPrincipal viewer, long participantId, IntakeAccess.Route route) {
        List<Interview> stored = interviews.findByParticipantIdOrderByInterviewedOn(participantId);
        audit.record(viewer.staffId(), viewer.displayName(), "VIEW_INTAKE", "participant", participantId,
                stored.size() + " interview(s)" + (route == IntakeAccess.Route.BREAK_GLASS ? " via break-glass" : ""));
        Map<Long, String> names = jdbc.sql("""
                SELECT DISTINCT s.id, s.display_name FROM staff_user s JOIN interview i ON i.interviewer_id = s.id
                WHERE i.participant_id = :id""")
                .param("id", participantId)
                .query((row, n) -> Map.entry(row.getLong("id"), row.getString("display_name")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return stored.stream().map(interview -> decrypt(interview, names.get(interview.interviewerId()))).toList();
    }

    boolean hasBaseline(long participantId) {
        return interviews.findByParticipantIdAndKind(participantId, InterviewKind.BASELINE).isPresent();
    }

    /** Stores a new interview and audits it (never its content). */
    @Transactional
    long record(StaffPrincipal viewer, long participantId, IntakeForm form) {
        long id = interviews.reserveId();
        Map<QualityIndicator, Answer> answers = new EnumMap<>(QualityIndicator.class);
        for (QualityIndicator indicator : QualityIndicator.values()) {
            answers.put(indicator, new Answer(form.getOutcomes().contains(indicator), form.getSupports().contains(indicator)));
        }
        byte[] indicators = encryption.encrypt(JSON.writeValueAsString(new Indicators(1, answers)),
                new FieldRef("interview", "indicators_encrypted", id));
        byte[] history = encryption.encrypt(JSON.writeValueAsString(new History(form.getHospitalStays(), form.getErVisits())),
                new FieldRef("interview", "history_encrypted", id));
        String notes = form.getNotes() == null || form.getNotes().isBlank() ? null : form.getNotes().strip();
        byte[] notesEncrypted = notes == null ? null : encryption.encrypt(notes, new FieldRef("interview", "notes_encrypted", id));
        interviews.insertWithId(new Interview(id, participantId, form.getKind(), form.getInterviewedOn(), viewer.staffId(),
                indicators, history, notesEncrypted, clock.instant()));
        audit.record(viewer.staffId(), viewer.displayName(), "RECORD_INTERVIEW", "interview", id,
                form.getKind().name() + " for participant " + participantId);
        return id;
    }

    private InterviewView decrypt(Interview interview, String interviewer) {
        long id = interview.id();
        Indicators indicators = JSON.readValue(encryption.decrypt(interview.indicatorsEncrypted(),
                new FieldRef("interview", "indicators_encrypted", id)), Indicators.class);
        History history = JSON.readValue(encryption.decrypt(interview.historyEncrypted(),
                new FieldRef("interview", "history_encrypted", id)), History.class);
        String notes = interview.notesEncrypted() == null ? null
                : encryption.decrypt(interview.notesEncrypted(), new FieldRef("interview", "notes_encrypted", id));
        Map<QualityIndicator, Answer> answers = new EnumMap<>(QualityIndicator.class);
        if (indicators.answers() != null) {
            answers.putAll(indicators.answers());
        }
        return new InterviewView(id, interview.kind(), interview.interviewedOn(), interviewer, answers, history, notes);
    }
}
