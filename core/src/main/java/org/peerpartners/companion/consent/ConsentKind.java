package org.peerpartners.companion.consent;

public enum ConsentKind {
    OPT_IN,
    OPT_OUT
}
