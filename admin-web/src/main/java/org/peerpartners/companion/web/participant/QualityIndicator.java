package org.peerpartners.companion.web.participant;

/**
 * The 21 Personal Outcome Measures indicators of the quality-of-life interview (PRODUCT.md);
 * each is scored "outcome present" yes/no and "supports present" yes/no. Labels are in the
 * participant bundle ({@code intake.indicator.NAME}). The names are stored (encrypted) with
 * the answers: never rename one.
 */
enum QualityIndicator {
    NATURAL_SUPPORTS,
    INTIMATE_RELATIONSHIPS,
    SAFE,
    BEST_HEALTH,
    EXERCISE_RIGHTS,
    TREATED_FAIRLY,
    FREE_FROM_ABUSE,
    CONTINUITY_AND_SECURITY,
    DECIDE_WHAT_TO_SHARE,
    USE_ENVIRONMENTS,
    INTEGRATED_ENVIRONMENTS,
    INTERACT_WITH_COMMUNITY,
    SOCIAL_ROLES,
    CHOOSE_WORK,
    HAVE_FRIENDS,
    RESPECTED,
    CHOOSE_PERSONAL_GOALS,
    REALIZE_PERSONAL_GOALS,
    PARTICIPATE_IN_COMMUNITY,
    CHOOSE_WHERE_TO_LIVE,
    CHOOSE_SERVICES
}
