package dev.bulwark.advisory;

/** How an advisory applies to a release. */
public enum Applicability {
    /** The release is in an affected range. */
    APPLIES,
    /**
     * The release is an extended-stable one inside an affected range that ends outside its month line: the fix may
     * have been backported, which the data cannot say. Reported one severity lower, as "may apply".
     */
    MAY_APPLY_EXTENDED_STABLE
}
