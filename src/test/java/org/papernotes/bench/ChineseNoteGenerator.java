package org.papernotes.bench;

import java.util.Random;

/** A reproducible Chinese paper-reading note of a given length, with the constructs real notes have. */
final class ChineseNoteGenerator {

    private static final String[] WORDS = {
        "我们", "提出", "一种", "新的", "模型", "训练", "数据", "实验", "结果", "表明", "方法", "优化", "偏好", "奖励",
        "策略", "遗忘", "隐私", "偏见", "对齐", "推理", "能力", "评估", "基准", "显著", "提升", "损失", "函数", "参数",
        "注意力", "机制", "语言", "大模型", "样本", "分布", "泛化", "鲁棒性", "作者", "认为", "但是", "因此", "其中",
        "本文", "相比", "之前", "工作", "主要", "贡献", "在于", "可以", "通过", "直接", "不需要", "显式", "隐式",
    };
    private static final String[] TERMS = {
        "Transformer", "RLHF", "DPO", "baseline", "fine-tuning", "KL divergence", "reward model", "LoRA", "GPT-4",
    };
    private static final String[] MATH = {
        "$\\pi_\\theta(y\\vert x)$", "$\\beta$", "$\\mathcal{L}_{\\text{DPO}}$", "$x_i^2$", "$\\log\\sigma(r_w - r_l)$",
        "$\\mathbb{E}_{x\\sim\\mathcal{D}}[f(x)]$", "$O(n^2)$",
    };
    private static final String[] PUNCTUATION = {"，", "，", "。", "；", "："};

    private ChineseNoteGenerator() {
    }

    static String generate(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder note = new StringBuilder(length + 400);
        note.append("---\ntitle: 生成的阅读笔记\n---\n\n");
        int paragraph = 0;
        while (note.length() < length) {
            if (paragraph % 12 == 0) {
                note.append("## 第 ").append(paragraph / 12 + 1).append(" 节 ").append(pick(random, WORDS))
                        .append(pick(random, WORDS)).append("\n\n");
            }
            switch (paragraph % 9) {
                case 4 -> note.append("- [x] ").append(sentence(random, 30)).append("\n- ")
                        .append(sentence(random, 30)).append("\n\n");
                case 6 -> note.append("$$\n\\mathcal{L} = -\\mathbb{E}\\left[\\log\\sigma\\left(\\beta\\log")
                        .append("\\frac{\\pi_\\theta(y_w|x)}{\\pi_{\\text{ref}}(y_w|x)}\\right)\\right]\n$$\n\n");
                case 8 -> note.append("| 方法 | 分数 |\n|---|---:|\n| ").append(pick(random, TERMS)).append(" | ")
                        .append(random.nextInt(100)).append(" |\n\n");
                default -> note.append(sentence(random, 120 + random.nextInt(200))).append("\n\n");
            }
            paragraph++;
        }
        note.setLength(length);
        return note.toString();
    }

    private static String sentence(Random random, int length) {
        StringBuilder out = new StringBuilder(length + 20);
        while (out.length() < length) {
            int kind = random.nextInt(20);
            if (kind == 0) {
                out.append(' ').append(pick(random, TERMS)).append(' ');
            } else if (kind == 1) {
                out.append(pick(random, MATH));
            } else if (kind == 2) {
                out.append("**").append(pick(random, WORDS)).append("**");
            } else if (kind < 5) {
                out.append(pick(random, PUNCTUATION));
            } else {
                out.append(pick(random, WORDS));
            }
        }
        return out.append('。').toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
