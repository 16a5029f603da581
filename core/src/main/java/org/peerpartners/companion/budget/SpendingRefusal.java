package org.peerpartners.companion.budget;

/**
 * Why a spending entry was refused. An enum rather than a text so the bot can answer in the
 * participant's language from its message bundles.
 */
public enum SpendingRefusal {
    /** Zero or a negative amount: nothing was spent. */
    NOT_POSITIVE,
    /** Cents are the smallest unit; "3.755" is more likely a typo than a price. */
    TOO_MANY_DECIMALS,
    /** Far above any social budget: almost surely a typo (an extra zero, a phone number). */
    UNREASONABLY_LARGE,
    /** More than is left this month; the balance may never go below zero. */
    MORE_THAN_LEFT
}
