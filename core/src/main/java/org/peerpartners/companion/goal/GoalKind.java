package org.peerpartners.companion.goal;

public enum GoalKind {
    PRIMARY,
    SECONDARY
}
