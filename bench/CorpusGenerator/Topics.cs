using System.Collections.Immutable;

namespace Inkstone.CorpusGenerator;

/// <summary>The fixed catalogue of topics; 63 distinct tags spread over the four categories.</summary>
internal static class Topics
{
    public const string Nlp = "NLP";
    public const string Vision = "Computer Vision";
    public const string Algorithm = "Algorithm";
    public const string Reinforcement = "Reinforcement Learning";

    public static readonly ImmutableArray<Topic> All =
    [
        new("attention", "注意力机制", "Attention", Nlp, ["Transformer", "注意力", "Softmax", "位置编码", "序列建模"]),
        new("linear-attention", "线性注意力", "Linear Attention", Nlp, ["Transformer", "线性注意力", "核方法", "长序列", "复杂度分析"]),
        new("tokenizer", "分词器", "Tokenization", Nlp, ["BPE", "分词", "词表", "Unicode", "预处理"]),
        new("layernorm", "层归一化", "Layer Normalization", Nlp, ["LayerNorm", "归一化", "训练稳定性", "Transformer", "RMSNorm"]),
        new("kv-cache", "KV 缓存", "KV Cache", Nlp, ["推理优化", "KV Cache", "显存", "Transformer", "解码"]),
        new("rope", "旋转位置编码", "Rotary Embeddings", Nlp, ["位置编码", "RoPE", "长上下文", "Transformer", "复数"]),
        new("beam-search", "束搜索", "Beam Search", Nlp, ["解码", "束搜索", "采样", "语言模型", "温度"]),
        new("swin", "Swin Transformer", "Swin Transformer", Vision, ["Swin", "ViT", "窗口注意力", "Transformer", "骨干网络"]),
        new("sam", "分割一切模型", "Segment Anything", Vision, ["SAM", "图像分割", "提示学习", "掩码", "基础模型"]),
        new("resnet", "残差网络", "Residual Networks", Vision, ["ResNet", "残差连接", "卷积", "骨干网络", "梯度消失"]),
        new("detr", "端到端检测", "DETR", Vision, ["DETR", "目标检测", "匈牙利匹配", "Transformer", "集合预测"]),
        new("batchnorm", "批归一化", "Batch Normalization", Vision, ["BatchNorm", "归一化", "卷积", "训练稳定性", "推理"]),
        new("augmentation", "数据增强", "Data Augmentation", Vision, ["数据增强", "Mixup", "CutMix", "正则化", "泛化"]),
        new("knapsack", "0-1 背包", "0-1 Knapsack", Algorithm, ["动态规划", "背包问题", "滚动数组", "LeetCode", "复杂度分析"]),
        new("heap-sort", "堆排序", "Heap Sort", Algorithm, ["堆", "排序", "优先队列", "原地算法", "复杂度分析"]),
        new("radix-sort", "基数排序", "Radix Sort", Algorithm, ["排序", "计数排序", "桶排序", "稳定排序", "非比较排序"]),
        new("quickselect", "快速选择", "Quickselect", Algorithm, ["快速选择", "Top-K", "堆", "分治", "LeetCode"]),
        new("binary-search", "二分查找", "Binary Search", Algorithm, ["二分查找", "循环不变式", "lower_bound", "边界条件", "LeetCode"]),
        new("union-find", "并查集", "Union-Find", Algorithm, ["并查集", "图论", "路径压缩", "摊还分析", "LeetCode"]),
        new("dijkstra", "最短路径", "Shortest Paths", Algorithm, ["图论", "Dijkstra", "优先队列", "贪心", "复杂度分析"]),
        new("segment-tree", "线段树", "Segment Trees", Algorithm, ["线段树", "区间查询", "懒标记", "分治", "LeetCode"]),
        new("policy-gradient", "策略梯度", "Policy Gradients", Reinforcement, ["策略梯度", "REINFORCE", "基线", "优势函数", "方差"]),
        new("trpo", "信赖域策略优化", "Trust Region Policy Optimization", Reinforcement, ["TRPO", "KL 散度", "共轭梯度", "策略梯度", "自然梯度"]),
        new("ppo", "近端策略优化", "Proximal Policy Optimization", Reinforcement, ["PPO", "裁剪目标", "策略梯度", "GAE", "优势函数"]),
        new("grpo", "组相对策略优化", "Group Relative Policy Optimization", Reinforcement, ["GRPO", "PPO", "RLHF", "奖励模型", "优势函数"]),
        new("q-learning", "Q 学习", "Q-Learning", Reinforcement, ["Q-Learning", "DQN", "经验回放", "目标网络", "探索"]),
        new("actor-critic", "演员-评论家", "Actor-Critic", Reinforcement, ["Actor-Critic", "优势函数", "GAE", "价值函数", "方差"]),
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
