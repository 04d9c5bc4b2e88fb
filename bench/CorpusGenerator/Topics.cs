using System.Collections.Immutable;

namespace Inkstone.CorpusGenerator;

/// <summary>The fixed catalogue of topics; 59 distinct tags spread over the four categories.</summary>
internal static class Topics
{
    public const string Nlp = "NLP";
    public const string Vision = "Computer Vision";
    public const string Algorithm = "Algorithm";
    public const string Reinforcement = "Reinforcement Learning";

    public static readonly ImmutableArray<Topic> All =
    [
        new("attention", "注意力机制", "Attention", Nlp, ["Transformer", "注意力", "Softmax", "位置编码", "论文笔记"]),
        new("linear-attention", "线性注意力", "Linear Attention", Nlp, ["Transformer", "线性注意力", "长序列", "复杂度分析", "注意力"]),
        new("tokenizer", "分词器", "Tokenization", Nlp, ["分词", "BPE", "语言模型", "论文笔记"]),
        new("layernorm", "层归一化", "Layer Normalization", Nlp, ["LayerNorm", "归一化", "训练稳定性", "Transformer", "数值稳定性"]),
        new("kv-cache", "KV 缓存", "KV Cache", Nlp, ["推理优化", "KV Cache", "解码", "Transformer", "长序列"]),
        new("rope", "旋转位置编码", "Rotary Embeddings", Nlp, ["位置编码", "长序列", "Transformer", "注意力"]),
        new("beam-search", "束搜索", "Beam Search", Nlp, ["解码", "语言模型", "推理优化", "Softmax"]),
        new("swin", "Swin Transformer", "Swin Transformer", Vision, ["Swin", "ViT", "Transformer", "骨干网络", "注意力"]),
        new("sam", "分割一切模型", "Segment Anything", Vision, ["SAM", "图像分割", "基础模型", "ViT", "论文笔记"]),
        new("resnet", "残差网络", "Residual Networks", Vision, ["ResNet", "卷积", "骨干网络", "优化"]),
        new("detr", "端到端检测", "DETR", Vision, ["目标检测", "Transformer", "论文笔记", "骨干网络"]),
        new("batchnorm", "批归一化", "Batch Normalization", Vision, ["BatchNorm", "归一化", "卷积", "训练稳定性"]),
        new("augmentation", "数据增强", "Data Augmentation", Vision, ["数据增强", "正则化", "卷积", "图像分割"]),
        new("knapsack", "0-1 背包", "0-1 Knapsack", Algorithm, ["动态规划", "背包问题", "LeetCode", "复杂度分析"]),
        new("heap-sort", "堆排序", "Heap Sort", Algorithm, ["堆", "排序", "优先队列", "复杂度分析"]),
        new("radix-sort", "基数排序", "Radix Sort", Algorithm, ["排序", "复杂度分析", "循环不变式", "LeetCode"]),
        new("quickselect", "快速选择", "Quickselect", Algorithm, ["分治", "堆", "LeetCode", "排序"]),
        new("binary-search", "二分查找", "Binary Search", Algorithm, ["二分查找", "循环不变式", "LeetCode", "分治"]),
        new("union-find", "并查集", "Union-Find", Algorithm, ["并查集", "图论", "LeetCode", "复杂度分析"]),
        new("dijkstra", "最短路径", "Shortest Paths", Algorithm, ["图论", "优先队列", "贪心", "堆"]),
        new("segment-tree", "线段树", "Segment Trees", Algorithm, ["线段树", "分治", "LeetCode", "复杂度分析"]),
        new("policy-gradient", "策略梯度", "Policy Gradients", Reinforcement, ["策略梯度", "REINFORCE", "优势函数", "方差"]),
        new("trpo", "信赖域策略优化", "Trust Region Policy Optimization", Reinforcement, ["TRPO", "KL 散度", "策略梯度", "优化"]),
        new("ppo", "近端策略优化", "Proximal Policy Optimization", Reinforcement, ["PPO", "GAE", "策略梯度", "优势函数"]),
        new("grpo", "组相对策略优化", "Group Relative Policy Optimization", Reinforcement, ["GRPO", "PPO", "RLHF", "奖励模型"]),
        new("q-learning", "Q 学习", "Q-Learning", Reinforcement, ["Q-Learning", "DQN", "探索", "价值函数"]),
        new("actor-critic", "演员-评论家", "Actor-Critic", Reinforcement, ["优势函数", "GAE", "价值函数", "方差"]),
    ];

    /// <summary>Title patterns; {0} is the topic's name in the post's language.</summary>
    public static readonly ImmutableArray<string> ChineseTitlePatterns =
    [
        "{0}笔记", "从零理解{0}", "{0}的推导与实现", "再谈{0}", "{0}：常见误区", "{0}的工程细节",
        "一文读懂{0}", "{0}复习提纲", "{0}的几个直觉", "手写{0}",
    ];

    public static readonly ImmutableArray<string> EnglishTitlePatterns =
    [
        "Notes on {0}", "{0} from Scratch", "Deriving {0}", "{0} Revisited", "Common Pitfalls in {0}",
        "{0} in Practice", "Understanding {0}", "A Second Look at {0}",
    ];
}
