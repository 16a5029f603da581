package org.peerpartners.companion.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.peerpartners.companion.demo.DemoContent.Group;
import org.peerpartners.companion.demo.DemoContent.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the demo program (see {@link DemoContent}) into an empty database at start-up, with
 * plain SQL against the V001 schema. Everything dated is placed relative to the injected
 * {@link Clock}: this week's plans, this month's spending, the next meetings.
 */
@Component
public class DemoDataLoader implements ApplicationRunner {

    static final String PROGRAM_NAME = "Peer Partners — Riverside";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Any fixed number: two instances starting on one empty database must not both load. */
    private static final long LOAD_LOCK = 0x5045_4552L;

    private final DemoProperties properties;
    private final Environment environment;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDataLoader(DemoProperties properties, Environment environment, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.properties = properties;
        this.environment = environment;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.isOn(environment)) {
            return;
        }
        if (Boolean.TRUE.equals(transactions.execute(status -> loadIfEmpty()))) {
            log.info("Demo data loaded: program \"{}\" with 2 groups", PROGRAM_NAME);
        } else {
            log.info("Demo mode is on, but the database already has a program: no demo data added");
        }
    }

    /** Loads the demo unless a program exists; true when it wrote anything. */
    boolean loadIfEmpty() {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?)) AS locked").param(LOAD_LOCK).query(Integer.class).single();
        if (jdbc.sql("SELECT count(*) FROM program").query(Long.class).single() > 0) {
            return false;
        }
        new Writer(jdbc, properties.timeZone(), clock.instant()).writeProgram();
        return true;
    }

    /** The demo accounts to print at start-up: only in demo mode and when they exist here. */
    public List<DemoLogins.Login> loginsToShow() {
        if (!properties.isOn(environment)) {
            return List.of();
        }
        long present = jdbc.sql("SELECT count(*) FROM staff_user WHERE email = ?")
                .param(DemoLogins.ADMIN.email()).query(Long.class).single();
        return present > 0 ? DemoLogins.ALL : List.of();
    }

    /** Ana's invite code, so a visitor can try the bot as her. */
    public Optional<String> sampleInviteCode() {
        return jdbc.sql("""
                SELECT c.code FROM invite_code c
                JOIN participant p ON p.id = c.participant_id
                JOIN peer_group g ON g.id = p.group_id
                WHERE p.first_name = 'Ana' AND g.name = ? AND c.redeemed_at IS NULL AND c.revoked_at IS NULL
                """).param(DemoContent.RIVERSIDE.name()).query(String.class).optional();
    }

    /** One load: holds the clock reading and the seeded variety for the whole program. */
    private static final class Writer {

        private final JdbcClient jdbc;
        private final ZoneId home;
        private final Instant now;
        private final Sql sql;
        // Seeded so every demo looks alike; only invite codes need real randomness.
        private final Random variety = new Random(2026);
        private final InviteCodeGenerator codes = new InviteCodeGenerator();

        Writer(JdbcClient jdbc, ZoneId home, Instant now) {
            this.jdbc = jdbc;
            this.home = home;
            this.now = now;
            this.sql = new Sql(jdbc);
        }

        void writeProgram() {
            Instant founded = now.minus(Duration.ofDays(200));
            long program = sql.id("INSERT INTO program (name, time_zone, created_at) VALUES (?, ?, ?) RETURNING id",
                    PROGRAM_NAME, home.getId(), Sql.at(founded));
            long library = sql.id("INSERT INTO site (program_id, name, address) VALUES (?, ?, ?) RETURNING id",
                    program, "Riverside Library", "410 River Street");
            long villita = sql.id("INSERT INTO site (program_id, name, address) VALUES (?, ?, ?) RETURNING id",
                    program, "Centro Comunitario La Villita", "1800 W 26th Street");

            var encoder = new BCryptPasswordEncoder();
            Map<String, Long> staff = new HashMap<>();
            for (DemoLogins.Login login : DemoLogins.ALL) {
                boolean luis = login.equals(DemoLogins.LUIS);
                Long supervisor = login.role().equals("COACH") ? staff.get(DemoLogins.SAM.email()) : null;
                long id = sql.id("""
                        INSERT INTO staff_user (program_id, email, display_name, password_hash, role, supervisor_id,
                                                language, time_zone, contact_phone, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                        program, login.email(), login.displayName(), encoder.encode(DemoLogins.PASSWORD),
                        login.role(), supervisor, luis ? "es" : "en",
                        luis ? "America/Chicago" : home.getId(), login.contactPhone(), Sql.at(founded));
                staff.put(login.email(), id);
                codes.issue(jdbc, null, id, founded);
            }

            Map<String, Long> activities = new HashMap<>();
            for (DemoContent.Activity activity : DemoContent.ACTIVITIES) {
                activities.put(activity.name(), sql.id("""
                        INSERT INTO activity (program_id, name, description, cost, place, schedule, interests)
                        VALUES (?, ?, ?, ?, ?, ?, string_to_array(?, ',')) RETURNING id""",
                        program, activity.name(), activity.description(), activity.cost(), activity.place(),
                        activity.schedule(), activity.interests()));
            }

            for (Group group : DemoContent.GROUPS) {
                ZoneId zone = group.homeZone() ? home : ZoneId.of(group.zone());
                long site = group == DemoContent.RIVERSIDE ? library : villita;
                new GroupWriter(jdbc, sql, codes, variety, now, zone, group, activities)
                        .write(program, site, staff.get(group.coachEmail()));
            }
        }
    }

    /** Writes one group: meetings, people, goals, plans, budgets, buddies and journals. */
    private static final class GroupWriter {

        private final JdbcClient jdbc;
        private final Sql sql;
        private final InviteCodeGenerator codes;
        private final Random variety;
        private final Instant now;
        private final ZoneId zone;
        private final Group group;
        private final Map<String, Long> activities;
        private final LocalDate today;
        private final LocalDate firstMeeting;

        GroupWriter(JdbcClient jdbc, Sql sql, InviteCodeGenerator codes, Random variety, Instant now, ZoneId zone,
                Group group, Map<String, Long> activities) {
            this.jdbc = jdbc;
            this.sql = sql;
            this.codes = codes;
            this.variety = variety;
            this.now = now;
            this.zone = zone;
            this.group = group;
            this.activities = activities;
            this.today = LocalDate.ofInstant(now, zone);
            this.firstMeeting = today.minusWeeks(10).with(TemporalAdjusters.nextOrSame(group.meetingDay()));
        }

        void write(long program, long site, long coach) {
            Instant started = firstMeeting.atStartOfDay(zone).minusWeeks(2).toInstant();
            long groupId = sql.id("""
                    INSERT INTO peer_group (program_id, site_id, name, coach_id, time_zone, created_at)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""",
                    program, site, group.name(), coach, zone.getId(), Sql.at(started));
            List<Person> people = group.people();
            long[] ids = new long[people.size()];
            int quiet = people.size() - 2; // has not checked in this week: the summary should notice
            var plans = new PlanWriter(sql, variety, now, zone, activities, group.notes());
            for (int i = 0; i < people.size(); i++) {
                Person person = people.get(i);
                LocalDate enrolled = i % 4 == 3 ? firstMeeting.plusWeeks(4) : firstMeeting;
                ids[i] = sql.id("""
                        INSERT INTO participant (group_id, first_name, language, time_zone, status,
                                                 monthly_allowance, enrolled_on, created_at)
                        VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, ?) RETURNING id""",
                        groupId, person.firstName(), person.language(), zone.getId(),
                        BigDecimal.valueOf(person.allowance()), enrolled, Sql.at(enrolled.atStartOfDay(zone).toInstant()));
                codes.issue(jdbc, ids[i], null, enrolled.atStartOfDay(zone).toInstant());
                long[] goals = plans.goals(ids[i], person, enrolled, i == 0);
                plans.plans(ids[i], person, goals, i != quiet);
                plans.extraSpending(ids[i], i, coach);
            }
            new MeetingWriter(sql, now, zone, group).write(groupId, firstMeeting, ids, quiet);
            writeBuddies(groupId, ids, quiet);
            writeJournals(ids, people);
        }

        private void writeBuddies(long groupId, long[] ids, int quiet) {
            Instant from = firstMeeting.plusWeeks(2).atStartOfDay(zone).toInstant();
            int trioStart = ids.length - 3; // pairs first, the last three are the trio
            for (int start = 0; start < ids.length; start += start < trioStart ? 2 : 3) {
                int size = start < trioStart ? 2 : 3;
                long set = sql.id("INSERT INTO buddy_set (group_id, active_from) VALUES (?, ?) RETURNING id",
                        groupId, Sql.at(from));
                for (int m = start; m < start + size; m++) {
                    sql.update("INSERT INTO buddy_member (buddy_set_id, participant_id) VALUES (?, ?)", set, ids[m]);
                }
                int contacts = 1 + variety.nextInt(3);
                for (int c = 0; c < contacts; c++) {
                    int sender = start + variety.nextInt(size);
                    if (sender == quiet) {
                        continue;
                    }
                    Instant at = now.minus(Duration.ofHours(1 + variety.nextInt(6 * 24)));
                    sql.update("INSERT INTO buddy_contact (buddy_set_id, from_participant_id, occurred_at) VALUES (?, ?, ?)",
                            set, ids[sender], Sql.at(at));
                }
            }
        }

        private void writeJournals(long[] ids, List<Person> people) {
            List<String> lines = group.journal();
            for (int k = 0; k < lines.size(); k++) {
                int who = (k * 2) % people.size();
                sql.update("""
                        INSERT INTO journal_entry (participant_id, text, shared_with_coach, created_at)
                        VALUES (?, ?, ?, ?)""",
                        ids[who], lines.get(k), k % 2 == 0, Sql.at(now.minus(Duration.ofHours(19L * (k + 1)))));
            }
        }
    }
}
