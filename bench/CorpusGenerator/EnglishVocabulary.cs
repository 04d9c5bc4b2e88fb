using System.Collections.Immutable;

namespace Inkstone.CorpusGenerator;

/// <summary>Phrase pieces that <see cref="TextComposer"/> joins into plausible English technical sentences.</summary>
internal static class EnglishVocabulary
{
    public static readonly ImmutableArray<string> Openers =
    [
        "", "", "", "First, ", "Second, ", "In practice, ", "Strictly speaking, ", "Intuitively, ", "However, ",
        "As a result, ", "In other words, ", "On the other hand, ", "For this reason, ", "More concretely, ", "Note that ",
    ];

    public static readonly ImmutableArray<string> Subjects =
    [
        "the algorithm", "the model", "the objective", "the gradient estimator", "the advantage", "the value function",
        "the attention matrix", "the loss", "the learning rate", "the batch size", "the normalisation layer",
        "the feature map", "the encoder", "the decoder", "the sampling step", "the recurrence", "the loop invariant",
        "the number of comparisons", "memory usage", "the index arithmetic", "the priority queue", "the partition step",
        "this snippet", "the training curve", "validation accuracy", "inference latency", "the reference policy",
        "the reward signal", "the clipping range", "the window size",
    ];

    public static readonly ImmutableArray<string> Adverbs =
    [
        "", "", "usually", "often", "almost always", "only at the boundary", "rarely", "clearly", "in theory",
        "empirically", "eventually", "quietly",
    ];

    public static readonly ImmutableArray<string> Predicates =
    [
        "determines how fast training converges", "depends on the size of the input", "splits the problem into smaller ones",
        "gives an unbiased estimate", "adds variance that we have to control", "becomes expensive on long sequences",
        "can be written as a single matrix product", "needs careful handling at the edges", "stays monotone",
        "only depends on the previous row", "keeps the computation numerically stable", "grows quadratically with length",
        "degenerates into a linear scan", "is sensitive to initialisation", "can be computed once and cached",
        "limits the size of each update", "matches the original objective in expectation", "costs a constant factor",
        "finishes in a single pass", "brings the cost down to logarithmic", "needs linear extra space",
    ];

    public static readonly ImmutableArray<string> Clauses =
    [
        "which we will see again in the experiments", "so write the invariant down before the code",
        "a point many papers repeat", "and it is worth checking by hand", "otherwise off-by-one errors creep in",
        "and that is where optimisation starts", "at the price of extra memory", "which differs slightly from the textbook",
        "as a small example shows", "see the previous section for the derivation", "which is the first thing to tune",
        "which is why a baseline helps", "especially at scale", "although constants matter",
    ];

    public static readonly ImmutableArray<string> Headings =
    [
        "Background", "The Idea", "Definitions", "Derivation", "Complexity", "Implementation", "Numerical Stability",
        "Experimental Setup", "Results", "Common Mistakes", "Comparison", "Trade-offs", "A Small Example", "Edge Cases",
        "Further Reading", "Summary",
    ];

    public static readonly ImmutableArray<string> ListItems =
    [
        "write the naive version first, then optimise", "check gradients on a tiny input", "log the random seed of every run",
        "keep hyperparameters in a config file", "validate inputs at the boundary", "print a moving average of the loss",
        "compare asymptotic cost with measured time", "double-check zero-based indices", "make it work on the CPU first",
        "compare line by line with the paper's pseudocode", "plot the curve before drawing conclusions",
        "measure instead of guessing", "watch out for integer overflow",
    ];
}
