/**
 * The one length limit the upstream publishes for a free-text reason (cancelDetailedReason,
 * 4.8). We apply it to the other reason texts too; their own limits are unpublished. Counted
 * in characters (code points), not bytes: how the upstream counts is unpublished as well.
 */
export const MAX_DETAILED_REASON_LENGTH = 500;

/**
 * Our ceiling for quantities and won amounts. The upstream types quantities as `integer`
 * without a format, which we take for Java's int; fees are `number`, and no fee comes near
 * 2.1 billion won. Larger values are refused here rather than overflow upstream.
 */
export const MAX_UPSTREAM_INTEGER = 2_147_483_647;
