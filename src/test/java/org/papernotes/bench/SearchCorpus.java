package org.papernotes.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.papernotes.model.Paper;
import org.papernotes.model.ReadingStatus;

/**
 * A deterministic library of reading notes for the search benchmark: the same seed gives the same papers.
 * The notes mix Chinese and English the way researchers write them (Chinese sentences with English terms,
 * headings, lists, inline and display math, code, links), about 3 KB of UTF-8 each, so that 10,000 notes are
 * about 30 MB as in the design's target. Words are drawn with a Zipf-like skew, so common words (的, 我们,
 * model) are in nearly every note and rare ones in few, as in real text.
 */
public final class SearchCorpus {

    /** Chinese words of ML-paper notes, most frequent first. */
    static final String[] CHINESE = {
        "的", "是", "在", "我们", "模型", "和", "方法", "这个", "可以", "数据", "训练", "一个", "通过", "问题", "使用",
        "结果", "学习", "损失", "优化", "没有", "因为", "所以", "但是", "需要", "比较", "实验", "提出", "论文", "作者",
        "效果", "性能", "参数", "分布", "样本", "梯度", "任务", "目标", "策略", "奖励", "偏好", "对齐", "人类", "反馈",
        "强化学习", "监督", "微调", "预训练", "语言模型", "大模型", "推理", "生成", "评估", "基准", "指标", "准确率",
        "泛化", "过拟合", "正则化", "隐私", "差分隐私", "联邦学习", "遗忘", "机器遗忘", "反学习", "偏见", "公平性",
        "鲁棒性", "对抗样本", "攻击", "防御", "后门", "水印", "蒸馏", "剪枝", "量化", "注意力", "变换器", "编码器",
        "解码器", "表示", "嵌入", "向量", "检索", "增强", "知识", "图谱", "因果", "推断", "贝叶斯", "先验", "后验",
        "似然", "采样", "扩散模型", "去噪", "分数", "匹配", "对比学习", "自监督", "聚类", "降维", "谱方法", "核方法",
        "收敛", "证明", "定理", "引理", "假设", "上界", "下界", "复杂度", "线性", "凸优化", "非凸", "随机", "噪声",
        "方差", "偏差", "期望", "熵", "信息论", "互信息", "散度", "距离", "度量", "稀疏", "低秩", "矩阵", "张量",
        "卷积", "循环", "图神经网络", "节点", "边", "消息传递", "多模态", "图像", "文本", "语音", "视频", "机器人",
        "控制", "规划", "环境", "智能体", "探索", "利用", "价值函数", "策略梯度", "离线", "在线", "持续学习",
        "灾难性遗忘", "元学习", "迁移", "领域适应", "分布外", "不确定性", "校准", "可解释性", "归因", "显著性",
        "幻觉", "事实性", "安全", "越狱", "红队", "提示", "上下文学习", "思维链", "工具使用", "代码生成", "数学推理",
        "长文本", "记忆", "缓存", "效率", "吞吐", "延迟", "硬件", "并行", "分布式", "通信", "压缩", "开源", "复现",
        "消融", "局限", "未来工作", "启发", "直觉", "细节", "附录", "补充", "注意", "重要", "有趣", "奇怪", "显然",
        "本质", "关键", "核心", "贡献", "创新", "缺点", "优点", "相比", "改进", "显著", "轻微", "大量", "少量",
    };

    /** English words of ML-paper notes, most frequent first. */
    static final String[] ENGLISH = {
        "the", "model", "of", "and", "loss", "training", "data", "we", "policy", "reward", "learning", "gradient",
        "optimization", "preference", "alignment", "transformer", "attention", "baseline", "benchmark", "dataset",
        "fine-tuning", "pretraining", "inference", "sampling", "distribution", "objective", "regularization",
        "unlearning", "privacy", "federated", "differential", "robustness", "adversarial", "backdoor", "watermark",
        "distillation", "pruning", "quantization", "embedding", "retrieval", "augmentation", "diffusion", "denoising",
        "contrastive", "self-supervised", "clustering", "kernel", "convergence", "theorem", "lemma", "assumption",
        "bound", "complexity", "convex", "stochastic", "variance", "entropy", "divergence", "sparse", "low-rank",
        "convolution", "graph", "multimodal", "vision", "language", "speech", "robotics", "planning", "agent",
        "exploration", "offline", "online", "continual", "catastrophic", "forgetting", "meta-learning", "transfer",
        "uncertainty", "calibration", "interpretability", "attribution", "hallucination", "factuality", "safety",
        "jailbreak", "prompting", "in-context", "chain-of-thought", "reasoning", "memory", "efficiency", "latency",
        "throughput", "parallelism", "communication", "compression", "ablation", "limitation", "DPO", "RLHF", "PPO",
        "KL", "LoRA", "BERT", "GPT", "ViT", "CLIP", "Adam", "SGD", "ImageNet", "CIFAR", "MMLU", "GSM8K",
    };

    static final String[] PHRASES = {
        "direct preference optimization", "reinforcement learning from human feedback", "machine unlearning",
        "differential privacy", "federated learning", "catastrophic forgetting", "in-context learning",
        "chain of thought", "mixture of experts", "contrastive learning", "diffusion model", "reward model",
        "policy gradient", "knowledge distillation", "membership inference", "gradient descent",
    };

    static final String[] TAGS = {
        "RLHF", "DPO", "alignment", "privacy", "unlearning", "federated", "diffusion", "LLM", "reasoning", "safety",
        "robustness", "theory", "optimization", "vision", "NLP", "graph", "RL", "benchmark", "efficiency",
        "interpretability", "对齐", "隐私", "机器遗忘", "大模型", "推理", "安全", "扩散模型", "强化学习", "理论", "综述",
        "必读", "待复现", "2024", "workshop", "oral", "spotlight", "best-paper", "code", "dataset", "survey",
    };

    private static final String[] VENUES = {"NeurIPS", "ICML", "ICLR", "ACL", "EMNLP", "CVPR", "KDD", "AAAI",
        "arXiv", "JMLR", "TMLR", "COLM", "USENIX Security", "IEEE S&P", "中文信息学报", "计算机学报"};

    private static final String[] SURNAMES_EN = {"Smith", "Chen", "Wang", "Li", "Zhang", "Liu", "Kim", "Tanaka",
        "Garcia", "Müller", "Rossi", "Hinton", "Bengio", "Sutskever", "Finn", "Levine", "Abbeel", "Liang", "Manning"};
    private static final String[] GIVEN_EN = {"Alice", "Bob", "Wei", "Yi", "Jun", "Hao", "Min", "Yuki", "Maria",
        "Hans", "Luca", "Geoffrey", "Yoshua", "Ilya", "Chelsea", "Sergey", "Pieter", "Percy", "Chris"};
    private static final String[] NAMES_ZH = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰",
        "吴昊", "徐婷", "孙浩", "马超", "朱琳", "胡斌", "郭强", "何雪", "林峰"};

    private static final String[] MATH = {
        "$\\pi_\\theta(y\\vert x)$", "$\\mathcal{L}_{\\text{DPO}}$", "$\\beta$", "$\\nabla_\\theta J(\\theta)$",
        "$D_{\\mathrm{KL}}(p\\,\\|\\,q)$", "$O(n \\log n)$", "$\\epsilon$-DP", "$r_\\phi(x, y)$", "$\\sigma(\\cdot)$",
    };

    private static final String[] DISPLAY_MATH = {
        "$$\n\\mathcal{L} = -\\mathbb{E}_{(x,y_w,y_l)}\\left[\\log \\sigma\\left(\\beta \\log \\frac{\\pi_\\theta(y_w|x)}"
                + "{\\pi_{\\text{ref}}(y_w|x)} - \\beta \\log \\frac{\\pi_\\theta(y_l|x)}{\\pi_{\\text{ref}}(y_l|x)}\\right)\\right]\n$$",
        "$$\n\\theta_{t+1} = \\theta_t - \\eta \\nabla_\\theta \\mathcal{L}(\\theta_t)\n$$",
        "$$\nH(X) = -\\sum_x p(x) \\log p(x)\n$$",
    };

    private static final String[] CODE = {
        "```python\nloss = -F.logsigmoid(beta * (chosen - rejected)).mean()\nloss.backward()\n```",
        "```python\nfor batch in loader:\n    optimizer.zero_grad()\n    out = model(batch)\n```",
        "```bash\npython train.py --lr 1e-5 --epochs 3\n```",
    };

    private static final String[] PUNCTUATION = {"，", "，", "，", "。", "；", "：", "、"};

    private final Random random;

    public SearchCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** The next paper; times are fixed offsets so the corpus does not depend on the clock. */
    public Paper next(int index) {
        Instant created = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(3_600L * index);
        return Paper.titled(title())
                .withAuthors(authors())
                .withYear(2015 + random.nextInt(11))
                .withVenue(pick(VENUES))
                .withStatus(ReadingStatus.values()[random.nextInt(3)])
                .withTags(tags())
                .withNote(note())
                .withTimes(created, created);
    }

    private String title() {
        return switch (random.nextInt(3)) {
            case 0 -> capitalized(englishWords(4 + random.nextInt(6)));
            case 1 -> chineseWords(3 + random.nextInt(4), false);
            default -> zipf(ENGLISH) + ": " + chineseWords(2 + random.nextInt(4), false);
        };
    }

    private List<String> authors() {
        List<String> authors = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            authors.add(random.nextInt(3) == 0 ? pick(NAMES_ZH) : pick(GIVEN_EN) + " " + pick(SURNAMES_EN));
        }
        return authors;
    }

    private List<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            tags.add(zipf(TAGS));
        }
        return List.copyOf(tags);
    }

    /** About 3 KB: a heading or two, Chinese paragraphs with English terms, a list, math, sometimes code. */
    private String note() {
        StringBuilder note = new StringBuilder();
        note.append("## ").append(random.nextBoolean() ? "摘要" : "Summary").append("\n\n");
        while (note.length() < 1_800) {
            switch (random.nextInt(10)) {
                case 0 -> note.append("- ").append(chineseSentence()).append("\n- ").append(englishSentence()).append("\n\n");
                case 1 -> note.append(pick(DISPLAY_MATH)).append("\n\n");
                case 2 -> note.append(random.nextInt(3) == 0 ? pick(CODE) : englishSentence()).append("\n\n");
                case 3 -> note.append("## ").append(chineseWords(2, false)).append("\n\n");
                case 4 -> note.append(englishSentence()).append(' ').append(englishSentence()).append("\n\n");
                default -> {
                    for (int s = 1 + random.nextInt(3); s > 0; s--) {
                        note.append(chineseSentence());
                    }
                    note.append("\n\n");
                }
            }
        }
        return note.toString().strip() + "\n";
    }

    private String chineseSentence() {
        StringBuilder sentence = new StringBuilder();
        int clauses = 1 + random.nextInt(3);
        for (int c = 0; c < clauses; c++) {
            sentence.append(chineseWords(4 + random.nextInt(8), true));
            sentence.append(c == clauses - 1 ? "。" : pick(PUNCTUATION));
        }
        return sentence.toString();
    }

    /** Chinese words; with {@code mixed}, now and then an English term, a phrase or math between them. */
    private String chineseWords(int count, boolean mixed) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int roll = mixed ? random.nextInt(20) : 99;
            if (roll == 0) {
                text.append(' ').append(zipf(ENGLISH)).append(' ');
            } else if (roll == 1) {
                text.append(pick(MATH));
            } else if (roll == 2) {
                text.append(" ").append(pick(PHRASES)).append(" ");
            } else {
                text.append(zipf(CHINESE));
            }
        }
        return text.toString().strip();
    }

    private String englishSentence() {
        StringBuilder sentence = new StringBuilder(capitalized(englishWords(6 + random.nextInt(10))));
        if (random.nextInt(3) == 0) {
            sentence.append(", using ").append(pick(PHRASES)).append(" with ").append(pick(MATH));
        }
        return sentence.append('.').toString();
    }

    private String englishWords(int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(zipf(ENGLISH));
        }
        return String.join(" ", words);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Index i is chosen with weight about 1/(i+1): a few very common words, a long tail of rare ones. */
    private String zipf(String[] values) {
        double harmonic = Math.log(values.length) + 0.5772;
        double target = random.nextDouble() * harmonic;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += 1.0 / (i + 1);
            if (sum >= target) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
