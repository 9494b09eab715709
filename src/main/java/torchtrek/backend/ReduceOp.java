package torchtrek.backend;

/** Reductions over one or more dims. MEAN divides the sum by the count of reduced elements. */
public enum ReduceOp {
    SUM, MEAN, PROD, MAX, MIN, ALL, ANY
}
