package org.peerpartners.companion.demo;

import java.util.List;

/**
 * The fixed staff accounts of the demo program. They are printed at start-up, so the
 * password is public by design: the demo is only loaded into an empty database, and by
 * default only with the embedded one (see {@link DemoProperties}).
 */
public final class DemoLogins {

    /** Shared by every demo account. */
    public static final String PASSWORD = "riverside-demo";

    /** One demo account; coaches have a (fictional, 555-01xx) phone that HELP shows participants. */
    public record Login(String email, String displayName, String role, String contactPhone) {
    }

    static final Login ADMIN = new Login("admin@demo.peerpartners.org", "Alex Morgan", "ADMIN", null);
    static final Login SAM = new Login("sam@demo.peerpartners.org", "Sam Rivera", "SUPERVISOR", null);
    static final Login CARMEN = new Login("carmen@demo.peerpartners.org", "Coach Carmen", "COACH", "555-0142");
    static final Login LUIS = new Login("luis@demo.peerpartners.org", "Coach Luis", "COACH", "555-0177");

    /** All of them, administrator first. */
    public static final List<Login> ALL = List.of(ADMIN, SAM, CARMEN, LUIS);

    private DemoLogins() {
    }
}
