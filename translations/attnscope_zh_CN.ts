<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LibraryVersions</name>
    <message numerus="yes">
        <source>available (%n device(s))</source>
        <translation>
            <numerusform>可用（%n 个设备）</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>LibTorch threads</source>
        <translation>LibTorch 线程</translation>
    </message>
    <message>
        <source>OpenMP threads</source>
        <translation>OpenMP 线程</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Capture: every layer&apos;s attention, residual norms and logits</source>
        <translation>捕获：各层的注意力、残差范数和 logits</translation>
    </message>
    <message>
        <source>The selected head&apos;s attention map</source>
        <translation>所选头的注意力图</translation>
    </message>
    <message>
        <source>Head roles table</source>
        <translation>头角色表</translation>
    </message>
    <message>
        <source>Attention sinks: sink scores, attention received, massive activations</source>
        <translation>注意力汇聚：汇聚分数、接收的注意力、大规模激活</translation>
    </message>
    <message>
        <source>Head importance</source>
        <translation>头重要性</translation>
    </message>
    <message>
        <source>Query–key embedding: coordinates and tokens</source>
        <translation>查询–键嵌入：坐标和词元</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>请先运行一段文本。</translation>
    </message>
    <message>
        <source>Compute the head importance first.</source>
        <translation>请先计算头重要性。</translation>
    </message>
    <message>
        <source>Nothing is embedded yet.</source>
        <translation>尚未嵌入任何内容。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>masked %1</source>
        <translation>掩码 %1</translation>
    </message>
    <message>
        <source>this view does not export figures</source>
        <translation>此视图不导出图形</translation>
    </message>
    <message>
        <source>AttnScope</source>
        <translation>AttnScope</translation>
    </message>
    <message>
        <source>AttnScope did not close properly last time. Restore the work it saved automatically?</source>
        <translation>AttnScope 上次未正常关闭。是否恢复自动保存的工作？</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Layers × heads</source>
        <translation>层 × 头</translation>
    </message>
    <message>
        <source>Weights / compute dtype</source>
        <translation>权重 / 计算数据类型</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>config.json SHA-256</source>
        <translation>config.json 的 SHA-256</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>图像：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s): </source>
        <translation>
            <numerusform>%n 个词元：</numerusform>
        </translation>
    </message>
    <message>
        <source>No heads masked.</source>
        <translation>未掩蔽任何头。</translation>
    </message>
    <message>
        <source>Masked heads (layer:head): %1</source>
        <translation>已掩蔽的头（层:头）：%1</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Most likely classes of the image.</source>
        <translation>图像最可能的类别。</translation>
    </message>
    <message>
        <source>At the last position (%1), the model&apos;s top ten candidates%2.</source>
        <translation>在最后一个位置（%1），模型%2的前十个候选。</translation>
    </message>
    <message>
        <source> for the next token</source>
        <translation>对下一个词元</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Probability with mask</source>
        <translation>带掩码的概率</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Probability without mask</source>
        <translation>无掩码的概率</translation>
    </message>
    <message>
        <source>Loss on the input: %1 nats without the mask, %2 with it (%3). Mean KL divergence of the predictions %4 nats, largest %5 at position %6.</source>
        <translation>输入上的损失：无掩码 %1 nats，有掩码 %2（%3）。预测的平均 KL 散度 %4 nats，最大 %5，位于位置 %6。</translation>
    </message>
    <message>
        <source>Loss on the input: %1 nats.</source>
        <translation>输入上的损失：%1 nats。</translation>
    </message>
    <message>
        <source>Head roles</source>
        <translation>头角色</translation>
    </message>
    <message>
        <source>Roles by the first rule that holds: induction ≥ %1, previous token ≥ %2, sink ≥ %3, broad when the entropy fraction ≥ %4, local ≥ %5, else mixed. Formulas: docs/metrics.md.</source>
        <translation>角色按第一条成立的规则判定：induction ≥ %1，previous-token ≥ %2，sink ≥ %3，相对熵比例 ≥ %4 时为 broad，local ≥ %5，否则为 mixed。公式：docs/metrics.md。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>头</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>汇聚</translation>
    </message>
    <message>
        <source>Prev. token</source>
        <translation>前一词元</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>归纳</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>局部</translation>
    </message>
    <message>
        <source>Entropy frac.</source>
        <translation>熵比例</translation>
    </message>
    <message>
        <source>Top key</source>
        <translation>最高键</translation>
    </message>
    <message>
        <source>Attention sinks</source>
        <translation>注意力汇聚</translation>
    </message>
    <message>
        <source>%1 of %2 heads put at least half their attention on the first token (mean sink score %3). Strongest: layer %4, head %5 (%6). %7 massive activation(s) (residual norm over 10× its layer&apos;s median).</source>
        <translation>%2 个头中有 %1 个将至少一半的注意力放在第一个词元上（平均汇聚分数 %3）。最强：第 %4 层第 %5 个头（%6）。%7 个大规模激活（残差范数超过所在层中位数的 10×）。</translation>
    </message>
    <message>
        <source>AttnScope report: %1</source>
        <translation>AttnScope 报告：%1</translation>
    </message>
    <message>
        <source>Written %1 by AttnScope %2.</source>
        <translation>由 AttnScope %2 于 %1 生成。</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>图形</translation>
    </message>
    <message>
        <source>Predictions: %1</source>
        <translation>预测：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation>复现</translation>
    </message>
    <message>
        <source>This command opens the same model, runs the same input with the same mask and selects the same head:</source>
        <translation>此命令打开同一模型，以相同掩码运行相同输入，并选择同一个头：</translation>
    </message>
    <message>
        <source>Or open the saved session %1 (attnscope --session FILE).</source>
        <translation>或打开已保存的会话 %1（attnscope --session FILE）。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Information flow: relevance matrices, the position&apos;s relevance and layered graph</source>
        <translation>信息流：相关性矩阵、该位置的相关性和分层图</translation>
    </message>
    <message>
        <source>Open the Information Flow view first.</source>
        <translation>请先打开“信息流”视图。</translation>
    </message>
</context>
<context>
    <name>attnscope::app::AboutDialog</name>
    <message>
        <source>About AttnScope</source>
        <translation>关于 AttnScope</translation>
    </message>
    <message>
        <source>AttnScope %1</source>
        <translation>AttnScope %1</translation>
    </message>
    <message>
        <source>Looks inside transformer models: how every layer and head attends, which heads matter, and what changes when heads are masked.</source>
        <translation>深入观察 Transformer 模型：每一层、每个头关注什么，哪些头重要，以及掩蔽头后会发生什么变化。</translation>
    </message>
</context>
<context>
    <name>attnscope::app::AnalysisSession</name>
    <message>
        <source>Scoring heads</source>
        <translation>正在为头评分</translation>
    </message>
    <message>
        <source>Head importance (%1)</source>
        <translation>头重要性（%1）</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Terms of the logit of “%1” at position %2 (logit %3; the heads add up to %4, the MLPs to %5, embeddings and biases to %6)</source>
        <translation>“%1”在位置 %2 的 logit 分解项（logit %3；各头合计 %4，MLP 合计 %5，嵌入和偏置合计 %6）</translation>
    </message>
    <message>
        <source>Logit attribution</source>
        <translation>Logit 归因</translation>
    </message>
    <message>
        <source>no model is open</source>
        <translation>未打开模型</translation>
    </message>
    <message>
        <source>Norm-weighted attention</source>
        <translation>范数加权注意力</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>信息流</translation>
    </message>
    <message>
        <source>Reading the input image</source>
        <translation>正在读取输入图像</translation>
    </message>
</context>
<context>
    <name>attnscope::app::DemoGuide</name>
    <message>
        <source>Choose a demo from the Demos menu: each one runs a prepared text on the bundled demo model and says what to look at.</source>
        <translation>从“演示”菜单中选择一个演示：每个演示都会在内置的演示模型上运行一段准备好的文本，并说明应该观察什么。</translation>
    </message>
    <message>
        <source>Demo %1 of %2</source>
        <translation>演示 %1 / %2</translation>
    </message>
    <message>
        <source>Run with Mask %1</source>
        <translation>带掩码 %1 运行</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <source>Demo %1 of %2 · step %3 of %4</source>
        <translation>演示 %1/%2 · 第 %3/%4 步</translation>
    </message>
    <message>
        <source>Next step ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <source>Next demo ›</source>
        <translation>下一个演示 ›</translation>
    </message>
    <message>
        <source>Next (→ or PageDown in presenter mode)</source>
        <translation>下一步（演示模式下按 → 或 PageDown）</translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmbeddingDock</name>
    <message>
        <source>Current input</source>
        <translation>当前输入</translation>
    </message>
    <message>
        <source>Demo corpus</source>
        <translation>演示语料库</translation>
    </message>
    <message>
        <source>Demo-model texts</source>
        <translation>演示模型文本</translation>
    </message>
    <message>
        <source>Corpus file…</source>
        <translation>语料库文件…</translation>
    </message>
    <message>
        <source>Whose queries and keys are embedded: the input just run, or every line of a corpus</source>
        <translation>嵌入谁的查询和键：刚运行的输入，或语料库的每一行</translation>
    </message>
    <message>
        <source>PCA is instant; t-SNE and UMAP keep neighbourhoods and refine while you watch</source>
        <translation>PCA 立即完成；t-SNE 和 UMAP 保留邻域关系，并在您观看时逐步细化</translation>
    </message>
    <message>
        <source>All heads</source>
        <translation>所有头</translation>
    </message>
    <message>
        <source>Every head of the model as a small embedding; click one to open it</source>
        <translation>模型的每个头显示为一个小嵌入图；单击其中一个即可打开</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Points from</source>
        <translation>数据点来源</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>语料库</translation>
    </message>
    <message>
        <source>Text files, one input per line (*.txt);;All files (*)</source>
        <translation>文本文件，每行一个输入 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The query–key embedding needs OpenGL, which this display does not offer. The all-heads matrix still works; for the embedding, run AttnScope on a desktop or under Xvfb.</source>
        <translation>查询–键嵌入需要 OpenGL，但此显示环境不提供。所有头的矩阵仍可使用；如需嵌入，请在桌面环境或 Xvfb 下运行 AttnScope。</translation>
    </message>
    <message>
        <source>the query–key embedding needs OpenGL (on a machine without a display, run under Xvfb); the all-heads matrix (--matrix) does not</source>
        <translation>查询–键嵌入需要 OpenGL（在没有显示器的机器上，请在 Xvfb 下运行）；所有头的矩阵（--matrix）不需要</translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmbeddingSession</name>
    <message>
        <source>Open a model first.</source>
        <translation>请先打开一个模型。</translation>
    </message>
    <message>
        <source>demo corpus</source>
        <translation>演示语料库</translation>
    </message>
    <message>
        <source>demo-model texts</source>
        <translation>演示模型文本</translation>
    </message>
    <message>
        <source>up to %1 MB</source>
        <translation>最多 %1 MB</translation>
    </message>
    <message numerus="yes">
        <source>capturing %n input(s), %1…</source>
        <translation>
            <numerusform>正在捕获 %n 个输入，%1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Corpus capture cancelled.</source>
        <translation>语料库捕获已取消。</translation>
    </message>
    <message>
        <source>Capturing %1</source>
        <translation>正在捕获 %1</translation>
    </message>
    <message numerus="yes">
        <source>embedding %n point(s)…</source>
        <translation>
            <numerusform>正在嵌入 %n 个点…</numerusform>
        </translation>
    </message>
    <message>
        <source>current input</source>
        <translation>当前输入</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n input(s)</source>
        <translation>
            <numerusform>%1：%n 个输入</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 points · %3 s</source>
        <translation>%1 · %2 个点 · %3 秒</translation>
    </message>
    <message>
        <source> · UMAP of %1 landmarks, the other points placed among them</source>
        <translation> · 对 %1 个地标点做 UMAP，其余点放置在它们之间</translation>
    </message>
    <message>
        <source> · %1 MB of vectors</source>
        <translation> · %1 MB 向量</translation>
    </message>
    <message>
        <source>Embedding cancelled.</source>
        <translation>嵌入已取消。</translation>
    </message>
    <message>
        <source>Embedding %1</source>
        <translation>正在嵌入 %1</translation>
    </message>
    <message>
        <source>Matrix cancelled.</source>
        <translation>矩阵已取消。</translation>
    </message>
    <message>
        <source>Embedding every head</source>
        <translation>正在嵌入所有头</translation>
    </message>
    <message>
        <source>layer %1 · head %2 · %3</source>
        <translation>第 %1 层 · 第 %2 个头 · %3</translation>
    </message>
    <message>
        <source>%1 · %2 points · from the saved session</source>
        <translation>%1 · %2 个点 · 来自已保存的会话</translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmptyState</name>
    <message>
        <source>Open a model folder or drag one here</source>
        <translation>打开一个模型文件夹，或将其拖放到此处</translation>
    </message>
    <message>
        <source>A model folder holds a Hugging Face model: config.json, one or more *.safetensors files and tokenizer.json. Once it is open, type a text and press Ctrl+Return to see how every layer and head attends.</source>
        <translation>模型文件夹包含一个 Hugging Face 模型：config.json、一个或多个 *.safetensors 文件以及 tokenizer.json。打开后，输入一段文本并按 Ctrl+Return，即可查看每一层、每个头关注什么。</translation>
    </message>
    <message>
        <source>Open Model Folder…</source>
        <translation>打开模型文件夹…</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ErrorReporter</name>
    <message>
        <source>%1

Where: %2</source>
        <comment>error dialog: the problem, then the file, tensor or key</comment>
        <translation>%1

位置：%2</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportActions</name>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportDataDialog</name>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>要导出的内容</translation>
    </message>
    <message>
        <source>Data files (*.safetensors *.csv *.json *.npy)</source>
        <translation>数据文件 (*.safetensors *.csv *.json *.npy)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportFigureDialog</name>
    <message>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG vector graphics</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>from the DPI</source>
        <translation>按 DPI</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>or width</source>
        <translation>或宽度</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation>子图：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>PNG size:</source>
        <translation>PNG 尺寸：</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>副标题：</translation>
    </message>
    <message>
        <source>The whole view</source>
        <translation>整个视图</translation>
    </message>
    <message>
        <source>All panels</source>
        <translation>所有子图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector graphics (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Figures to include</source>
        <translation>要包含的图形</translation>
    </message>
    <message>
        <source>HTML: one self-contained file with vector figures, for a browser. PDF: A4 pages with vector figures, for print. The model, input, predictions, head roles, sinks, versions and the command that reproduces it are always included.</source>
        <translation>HTML：一个带矢量图形的独立文件，用于浏览器查看。PDF：带矢量图形的 A4 页面，用于打印。模型、输入、预测、头角色、汇聚、版本以及复现该结果的命令始终包含在内。</translation>
    </message>
    <message>
        <source>Reports (*.html *.pdf)</source>
        <translation>报告 (*.html *.pdf)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::GuidedTour</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>跳过导览</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>导览</translation>
    </message>
    <message>
        <source>Tour: %1 of %2</source>
        <translation>导览：%1/%2</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>attnscope::app::HuggingFaceCacheDialog</name>
    <message>
        <source>Open from Hugging Face Cache</source>
        <translation>从 Hugging Face 缓存打开</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>No models were found in %1. Download one with `huggingface-cli download ORG/NAME`, or open a model folder instead.</source>
        <translation>在 %1 中未找到模型。请使用 `huggingface-cli download ORG/NAME` 下载一个，或改为打开模型文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个模型</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::app::JobRunner</name>
    <message>
        <source>Out of memory (%1 available). Try a shorter input, a smaller model or a lower precision.</source>
        <translation>内存不足（可用 %1）。请尝试更短的输入、更小的模型或更低的精度。</translation>
    </message>
    <message>
        <source>The work stopped with an error that carries no message.</source>
        <translation>任务因错误而停止，且该错误没有附带消息。</translation>
    </message>
</context>
<context>
    <name>attnscope::app::MainWindow</name>
    <message>
        <source>AttnScope</source>
        <translation>AttnScope</translation>
    </message>
    <message>
        <source>&amp;Demos</source>
        <translation>演示(&amp;D)</translation>
    </message>
    <message>
        <source>No demos yet</source>
        <translation>暂无演示</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Model Folder…</source>
        <translation>打开模型文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>导出图形(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Mask All Heads in Layer</source>
        <translation>掩蔽该层所有头(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Invert Mask</source>
        <translation>反转掩码(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Clear Mask</source>
        <translation>清除掩码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run with &amp;Mask</source>
        <translation>带掩码运行(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About AttnScope</source>
        <translation>关于 AttnScope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>%1 – AttnScope</source>
        <translation>%1 – AttnScope</translation>
    </message>
    <message>
        <source>Open Model Folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The new language applies the next time AttnScope starts.</source>
        <translation>新语言将在下次启动 AttnScope 时生效。</translation>
    </message>
    <message>
        <source>Open from Hugging &amp;Face Cache…</source>
        <translation>从 Hugging Face 缓存打开(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>打开会话(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>导出报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>导出%1…</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>The view in front fills the screen with large fonts, the Demo Guide below it; → and PageDown step through the demos</source>
        <translation>最前面的视图以大字号占满屏幕，演示指南位于其下方；按 → 和 PageDown 逐步浏览演示</translation>
    </message>
    <message>
        <source>&amp;Next Demo Step</source>
        <translation>下一个演示步骤(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Demo Step</source>
        <translation>上一个演示步骤(&amp;P)</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>导览(&amp;T)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ModelInfoPanel</name>
    <message>
        <source>No model is open. Open a model folder (File › Open Model Folder…) or pick one from the Hugging Face cache.</source>
        <translation>未打开模型。请打开一个模型文件夹（文件 › 打开模型文件夹…），或从 Hugging Face 缓存中选择一个。</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Layers × heads</source>
        <translation>层 × 头</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>头维度</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隐藏层大小</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>Max positions</source>
        <translation>最大位置数</translation>
    </message>
    <message>
        <source>Weights on disk</source>
        <translation>磁盘上的权重</translation>
    </message>
    <message>
        <source>Computes in</source>
        <translation>计算精度</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>%1 (model_type %2)</source>
        <translation>%1（model_type %2）</translation>
    </message>
    <message>
        <source>vision (image patches)</source>
        <translation>视觉（图像块）</translation>
    </message>
    <message>
        <source>causal language model (each token sees earlier ones)</source>
        <translation>因果语言模型（每个词元只能看到之前的词元）</translation>
    </message>
    <message>
        <source>bidirectional encoder (each token sees all)</source>
        <translation>双向编码器（每个词元能看到所有词元）</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 key/value heads)</source>
        <translation>%1 × %2（%3 个键/值头）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>none (image model)</source>
        <translation>无（图像模型）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，运行于 %2</translation>
    </message>
    <message>
        <source>no limit (relative positions)</source>
        <translation>无限制（相对位置）</translation>
    </message>
    <message>
        <source>encoder %1 × %2, decoder %3 × %4</source>
        <translation>编码器 %1 × %2，解码器 %3 × %4</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ModelSession</name>
    <message>
        <source>Layer %1 / %2</source>
        <translation>第 %1 层 / 共 %2 层</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>请先打开一个模型。</translation>
    </message>
    <message>
        <source>Choose an image: this model reads images.</source>
        <translation>请选择一张图像：此模型读取图像。</translation>
    </message>
    <message>
        <source>This model folder has no tokenizer, so text cannot be run.</source>
        <translation>此模型文件夹没有分词器，因此无法运行文本。</translation>
    </message>
    <message>
        <source>The tokenizer could not be loaded: %1</source>
        <translation>无法加载分词器：%1</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>文本为空。</translation>
    </message>
    <message>
        <source>The text has no tokens.</source>
        <translation>文本不含任何词元。</translation>
    </message>
    <message>
        <source>The text has %1 tokens, but this model takes at most %2.</source>
        <translation>文本有 %1 个词元，但此模型最多接受 %2 个。</translation>
    </message>
    <message>
        <source>Run with mask failed</source>
        <translation>带掩码运行失败</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Running with mask %1</source>
        <translation>正在以掩码 %1 运行</translation>
    </message>
    <message>
        <source>The run produced NaN or infinity</source>
        <translation>运行产生了 NaN 或无穷大</translation>
    </message>
    <message>
        <source>%1. The views show them as empty cells and “–”.</source>
        <translation>%1。各视图将这些值显示为空单元格和“–”。</translation>
    </message>
    <message>
        <source>The target text has no tokens.</source>
        <translation>目标文本没有词元。</translation>
    </message>
</context>
<context>
    <name>attnscope::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>所有核心（%1）</translation>
    </message>
    <message>
        <source>CUDA (not available)</source>
        <translation>CUDA（不可用）</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>语言（重启后生效）(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>float32 matches the reference numbers; bfloat16 and float16 halve the memory</source>
        <translation>float32 与参考数值一致；bfloat16 和 float16 可将内存减半</translation>
    </message>
    <message>
        <source>&amp;Device (next model opened):</source>
        <translation>设备（下次打开模型时生效）(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Compute in (next model opened):</source>
        <translation>计算精度（下次打开模型时生效）(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>attnscope::app::RecentModels</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::SessionController</name>
    <message>
        <source>Save Session failed</source>
        <translation>保存会话失败</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>AttnScope sessions (*.attnscope)</source>
        <translation>AttnScope 会话 (*.attnscope)</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>AttnScope sessions (*.attnscope);;All files (*)</source>
        <translation>AttnScope 会话 (*.attnscope);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Session failed</source>
        <translation>打开会话失败</translation>
    </message>
    <message>
        <source>The model folder of this session is gone:
%1

Choose where the model is now.</source>
        <translation>此会话的模型文件夹已不存在：
%1

请选择模型现在所在的位置。</translation>
    </message>
    <message>
        <source>Where is the model now?</source>
        <translation>模型现在在哪里？</translation>
    </message>
    <message>
        <source>The model&apos;s config.json has changed since the session was saved; the numbers may differ from the saved ones.</source>
        <translation>自保存会话以来，模型的 config.json 已更改；数值可能与保存的不同。</translation>
    </message>
    <message>
        <source>The model&apos;s weight files have changed since the session was saved.</source>
        <translation>自保存会话以来，模型的权重文件已更改。</translation>
    </message>
    <message>
        <source>Mask from the session</source>
        <translation>来自会话的掩码</translation>
    </message>
</context>
<context>
    <name>attnscope::app::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running job; the views keep their previous results</source>
        <translation>停止正在运行的任务；各视图保留之前的结果</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
</context>
<context>
    <name>attnscope::app::UserGuideDialog</name>
    <message>
        <source>AttnScope User Guide</source>
        <translation>AttnScope 用户指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>主页</translation>
    </message>
    <message>
        <source>Back to the guide&apos;s contents</source>
        <translation>返回指南目录</translation>
    </message>
    <message>
        <source>AttnScope&apos;s resources were not found, so neither is its user guide. Set ATTNSCOPE_RESOURCES to the folder that holds demos.json and user-guide/.</source>
        <translation>找不到 AttnScope 的资源，因此也找不到用户指南。请将 ATTNSCOPE_RESOURCES 设置为包含 demos.json 和 user-guide/ 的文件夹。</translation>
    </message>
    <message>
        <source>The user guide is not installed: %1 is missing. It comes with AttnScope in share/attnscope/user-guide; reinstalling AttnScope brings it back.</source>
        <translation>用户指南未安装：缺少 %1。它随 AttnScope 安装在 share/attnscope/user-guide 中；重新安装 AttnScope 即可恢复。</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ViewCatalog</name>
    <message>
        <source>Head View</source>
        <translation>头视图</translation>
    </message>
    <message>
        <source>Lines from each token to the tokens it attends to, one colour per head.</source>
        <translation>从每个词元连线到它所关注的词元，每个头一种颜色。</translation>
    </message>
    <message>
        <source>Model View</source>
        <translation>模型视图</translation>
    </message>
    <message>
        <source>Every layer and head at a glance, as small attention maps.</source>
        <translation>以小型注意力图一览所有层和头。</translation>
    </message>
    <message>
        <source>Attention Map</source>
        <translation>注意力图</translation>
    </message>
    <message>
        <source>The full attention matrix of the selected head.</source>
        <translation>所选头的完整注意力矩阵。</translation>
    </message>
    <message>
        <source>Query–Key Embeddings</source>
        <translation>查询–键嵌入</translation>
    </message>
    <message>
        <source>Attention Sinks</source>
        <translation>注意力汇聚</translation>
    </message>
    <message>
        <source>How much attention each head gives to the first token.</source>
        <translation>每个头分配给第一个词元的注意力有多少。</translation>
    </message>
    <message>
        <source>Head Mask</source>
        <translation>头掩码</translation>
    </message>
    <message>
        <source>Click heads to mask them, then Run with Mask.</source>
        <translation>单击头将其掩蔽，然后点击“带掩码运行”。</translation>
    </message>
    <message>
        <source>Head Roles</source>
        <translation>头角色</translation>
    </message>
    <message>
        <source>Every head&apos;s scores and the role they suggest.</source>
        <translation>每个头的分数及其所提示的角色。</translation>
    </message>
    <message>
        <source>Head Importance</source>
        <translation>头重要性</translation>
    </message>
    <message>
        <source>How much the loss changes when each head is masked.</source>
        <translation>掩蔽每个头时损失的变化量。</translation>
    </message>
    <message>
        <source>Queries and keys of the selected head, laid out in 2D or 3D by PCA, t-SNE or UMAP.</source>
        <translation>所选头的查询和键，通过 PCA、t-SNE 或 UMAP 在 2D 或 3D 中排布。</translation>
    </message>
    <message>
        <source>Information Flow</source>
        <translation>信息流</translation>
    </message>
    <message>
        <source>Where each position&apos;s information comes from across all layers: attention rollout and attention flow beside raw attention, per token or over the image, with the layered graph.</source>
        <translation>每个位置的信息跨越所有层来自何处：注意力展开和注意力流与原始注意力并列显示，按词元或叠加在图像上，并附有分层图。</translation>
    </message>
    <message>
        <source>&amp;Go to View</source>
        <translation>转到视图(&amp;G)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::Workspace</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Demo Guide</source>
        <translation>演示指南</translation>
    </message>
    <message>
        <source>%1 tokens in its vocabulary</source>
        <translation>词表中有 %1 个词元</translation>
    </message>
    <message>
        <source>none needed (the input is an image)</source>
        <translation>不需要（输入为图像）</translation>
    </message>
    <message>
        <source>none found: text cannot be run</source>
        <translation>未找到：无法运行文本</translation>
    </message>
    <message>
        <source>failed to load: %1</source>
        <translation>加载失败：%1</translation>
    </message>
    <message>
        <source>Demo mask %1</source>
        <translation>演示掩码 %1</translation>
    </message>
    <message>
        <source>--image failed</source>
        <translation>--image 失败</translation>
    </message>
    <message>
        <source>--mask failed</source>
        <translation>--mask 失败</translation>
    </message>
    <message>
        <source>No model is open to run with a mask.</source>
        <translation>没有打开可带掩码运行的模型。</translation>
    </message>
    <message>
        <source>Mask %1</source>
        <translation>掩码 %1</translation>
    </message>
    <message>
        <source>--layer failed</source>
        <translation>--layer 失败</translation>
    </message>
    <message numerus="yes">
        <source>The model has %n layer(s), numbered from 0.</source>
        <translation>
            <numerusform>模型有 %n 层，从 0 开始编号。</numerusform>
        </translation>
    </message>
    <message>
        <source>--head failed</source>
        <translation>--head 失败</translation>
    </message>
    <message numerus="yes">
        <source>The model has %n head(s) per layer, numbered from 0.</source>
        <translation>
            <numerusform>模型每层有 %n 个头，从 0 开始编号。</numerusform>
        </translation>
    </message>
    <message>
        <source>--corpus failed</source>
        <translation>--corpus 失败</translation>
    </message>
    <message>
        <source>No model is open to capture the corpus with.</source>
        <translation>没有打开可用于捕获语料库的模型。</translation>
    </message>
    <message>
        <source>--token failed</source>
        <translation>--token 失败</translation>
    </message>
    <message numerus="yes">
        <source>The input has %n token(s), numbered from 0.</source>
        <translation>
            <numerusform>输入有 %n 个词元，从 0 开始编号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Query-key embedding failed</source>
        <translation>查询–键嵌入失败</translation>
    </message>
    <message>
        <source>--importance failed</source>
        <translation>--importance 失败</translation>
    </message>
    <message>
        <source>Run a text first: the sweep measures the input.</source>
        <translation>请先运行一段文本：扫描是在该输入上测量的。</translation>
    </message>
    <message>
        <source>No such corpus file or folder.</source>
        <translation>没有这个语料库文件或文件夹。</translation>
    </message>
    <message>
        <source>Your input</source>
        <translation>您的输入</translation>
    </message>
    <message>
        <source>Type or paste a text here (an image for vision models) and press &lt;b&gt;Run&lt;/b&gt; (Ctrl+Return). Every view then shows how this input was attended.</source>
        <translation>在此输入或粘贴文本（视觉模型则为图像），然后按 &lt;b&gt;运行&lt;/b&gt;（Ctrl+Return）。随后每个视图都会显示模型如何关注这段输入。</translation>
    </message>
    <message>
        <source>The token strip</source>
        <translation>词元条</translation>
    </message>
    <message>
        <source>How the model&apos;s tokenizer splits your text, updated as you type. Click a token to select it: every view highlights it.</source>
        <translation>模型的分词器如何切分您的文本，随输入实时更新。点击某个词元即可选中它：每个视图都会突出显示它。</translation>
    </message>
    <message>
        <source>Head view</source>
        <translation>头视图</translation>
    </message>
    <message>
        <source>Lines from each query token (left) to the keys it attends to (right), one colour per head, thicker for more attention. Point at a token to see only its lines.</source>
        <translation>从每个查询词元（左）连到它所关注的键（右）的线，每个头一种颜色，注意力越大线越粗。指向某个词元可只看它的线。</translation>
    </message>
    <message>
        <source>Model view</source>
        <translation>模型视图</translation>
    </message>
    <message>
        <source>Every head of every layer at once, as small maps. Click one to select it in all views; right-click (or Ctrl+click) to mask it.</source>
        <translation>一次显示所有层的所有头，每个都是一张小图。点击一个即可在所有视图中选中它；右键（或 Ctrl+点击）可将其掩蔽。</translation>
    </message>
    <message>
        <source>Masking heads</source>
        <translation>掩蔽头</translation>
    </message>
    <message>
        <source>Heads to switch off, as &lt;i&gt;layer:head&lt;/i&gt; pairs (0-based), e.g. &lt;b&gt;1:0&lt;/b&gt;. &lt;b&gt;Run with Mask&lt;/b&gt; (Ctrl+Shift+Return) runs again without them and shows before and after.</source>
        <translation>要关闭的头，写成 &lt;i&gt;层:头&lt;/i&gt; 对（从 0 开始计数），例如 &lt;b&gt;1:0&lt;/b&gt;。&lt;b&gt;带掩码运行&lt;/b&gt;（Ctrl+Shift+Return）会在没有它们的情况下重新运行，并显示前后对比。</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>The model&apos;s most likely next tokens for the selected position, and after a masked run, how they changed.</source>
        <translation>模型在所选位置最可能的下一个词元；带掩码运行后，还会显示它们如何变化。</translation>
    </message>
    <message>
        <source>Attention sinks</source>
        <translation>注意力汇聚</translation>
    </message>
    <message>
        <source>Which tokens receive attention no matter what the query is (often the first token), and how much of it each head parks there.</source>
        <translation>哪些词元无论查询是什么都会获得注意力（通常是第一个词元），以及每个头在那里停放了多少注意力。</translation>
    </message>
    <message>
        <source>Query–key embeddings</source>
        <translation>查询–键嵌入</translation>
    </message>
    <message>
        <source>The queries and keys of a head as points in 2-D or 3-D (PCA, t-SNE, UMAP): queries land near the keys they attend to.</source>
        <translation>把一个头的查询和键画成二维或三维中的点（PCA、t-SNE、UMAP）：查询会落在它们所关注的键附近。</translation>
    </message>
    <message>
        <source>Demos and help</source>
        <translation>演示与帮助</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Demos&lt;/b&gt; menu holds prepared lessons on the bundled model, and &lt;b&gt;View › Presenter Mode&lt;/b&gt; (F5) shows them in a lecture hall. &lt;b&gt;Help › Guided Tour&lt;/b&gt; brings this tour back.</source>
        <translation>&lt;b&gt;演示&lt;/b&gt; 菜单包含基于内置模型准备好的课程，&lt;b&gt;视图 › 演示模式&lt;/b&gt;（F5）可在报告厅中展示它们。&lt;b&gt;帮助 › 导览&lt;/b&gt; 可再次打开本导览。</translation>
    </message>
    <message>
        <source>self-attention only</source>
        <translation>仅自注意力</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>解码器</translation>
    </message>
    <message>
        <source>cross-attention</source>
        <translation>交叉注意力</translation>
    </message>
    <message>
        <source>--on-image failed</source>
        <translation>--on-image 失败</translation>
    </message>
    <message>
        <source>The attention map shows no image: run an image through a vision model first.</source>
        <translation>注意力图没有显示图像：请先用视觉模型运行一张图像。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::AttentionMapCanvas</name>
    <message>
        <source>Δ weight</source>
        <translation>Δ 权重</translation>
    </message>
    <message>
        <source>Mean weight</source>
        <translation>平均权重</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Query %1  “%2”
Key %3  “%4”
%5  %6</source>
        <translation>查询 %1  “%2”
键 %3  “%4”
%5  %6</translation>
    </message>
    <message>
        <source>Run a text to see its attention map</source>
        <translation>运行一段文本以查看其注意力图</translation>
    </message>
    <message>
        <source>keys →</source>
        <translation>键 →</translation>
    </message>
    <message>
        <source>queries ↓</source>
        <translation>查询 ↓</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Attention map</source>
        <translation>注意力图</translation>
    </message>
    <message>
        <source>Attention weights of the selected head, queries down and keys across. Up and Down select a query row, plus and minus zoom, 0 fits the map.</source>
        <translation>所选头的注意力权重，查询纵向排列，键横向排列。上下键选择查询行，加号和减号缩放，0 使整张图适应窗口。</translation>
    </message>
    <message>
        <source>keys (source) →</source>
        <translation>键（源）→</translation>
    </message>
    <message>
        <source>queries (target) ↓</source>
        <translation>查询（目标）↓</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::AttentionMapView</name>
    <message>
        <source>Mean of heads</source>
        <translation>各头平均</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>刻度</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>Log scale shows weights from 10⁻⁴ to 1</source>
        <translation>对数刻度显示从 10⁻⁴ 到 1 的权重</translation>
    </message>
    <message>
        <source>Show the mean over the layer&apos;s heads instead of the focused head</source>
        <translation>显示该层所有头的平均值，而不是当前聚焦的头</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole map (double-click the map does the same)</source>
        <translation>显示整张图（双击图也可实现）</translation>
    </message>
    <message>
        <source>rendering attention map tiles</source>
        <translation>正在渲染注意力图图块</translation>
    </message>
    <message>
        <source>Layer %1 · mean of %2 heads</source>
        <translation>第 %1 层 · %2 个头的平均</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2</source>
        <translation>第 %1 层 · 第 %2 个头</translation>
    </message>
    <message>
        <source>  ·  after − before</source>
        <translation>  ·  之后 − 之前</translation>
    </message>
    <message>
        <source>  ·  masked</source>
        <translation>  ·  已掩蔽</translation>
    </message>
    <message>
        <source>Δ attention weight (after − before)</source>
        <translation>Δ 注意力权重（之后 − 之前）</translation>
    </message>
    <message>
        <source>mean attention weight</source>
        <translation>平均注意力权重</translation>
    </message>
    <message>
        <source>attention weight</source>
        <translation>注意力权重</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>请先运行一段文本。</translation>
    </message>
    <message>
        <source>  ·  norm-weighted</source>
        <translation>  ·  范数加权</translation>
    </message>
    <message>
        <source>The image this run saw could not be read again.</source>
        <translation>无法再次读取此次运行的图像。</translation>
    </message>
    <message>
        <source>The image is still being read.</source>
        <translation>图像仍在读取中。</translation>
    </message>
    <message>
        <source>The image shows this run&apos;s attention; show the matrix for after − before</source>
        <translation>图像显示此次运行的注意力；要看“之后 − 之前”请显示矩阵</translation>
    </message>
    <message>
        <source>No capture</source>
        <translation>没有运行结果</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>正在读取图像…</translation>
    </message>
    <message>
        <source>The image this run saw could not be read again</source>
        <translation>无法再次读取此次运行的图像</translation>
    </message>
    <message>
        <source>Cannot compute the attention: %1</source>
        <translation>无法计算注意力：%1</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>词元 %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>On image</source>
        <translation>叠加在图像上</translation>
    </message>
    <message>
        <source>Show the whole attention matrix, or the attention of the selected token (else the class token) as a heat overlay on the image</source>
        <translation>显示完整的注意力矩阵，或将所选词元（否则为类别词元）的注意力以热力图叠加在图像上</translation>
    </message>
    <message>
        <source>Show attention as</source>
        <translation>注意力显示方式</translation>
    </message>
    <message>
        <source>Attention on the image</source>
        <translation>图像上的注意力</translation>
    </message>
    <message>
        <source>Click a patch to show its attention</source>
        <translation>点击一个图块以显示其注意力</translation>
    </message>
    <message>
        <source>Layer %1 · mean of %2 heads · attention of %3</source>
        <translation>第 %1 层 · %2 个头的平均 · %3 的注意力</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2 · attention of %3</source>
        <translation>第 %1 层 · 头 %2 · %3 的注意力</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::CaptureView</name>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Show this run minus the run before the mask changed (red: more attention, blue: less)</source>
        <translation>显示本次运行减去掩码更改前那次运行的结果（红：注意力更多，蓝：更少）</translation>
    </message>
    <message>
        <source>Norm weighting is not available: %1</source>
        <translation>范数加权不可用：%1</translation>
    </message>
    <message>
        <source>Norm-weighted</source>
        <translation>范数加权</translation>
    </message>
    <message>
        <source>Weigh each attention weight by the norm of what its key&apos;s value vector writes through the output projection, rows renormalised (Kobayashi et al., 2020)</source>
        <translation>用每个键的值向量经输出投影写入内容的范数，对每个注意力权重加权，并对各行重新归一化（Kobayashi 等，2020）</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::EmbeddingLegend</name>
    <message>
        <source>queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>键</translation>
    </message>
    <message>
        <source>first</source>
        <translation>首个</translation>
    </message>
    <message>
        <source>last</source>
        <translation>末个</translation>
    </message>
    <message>
        <source>and %1 more inputs</source>
        <translation>以及另外 %1 个输入</translation>
    </message>
    <message>
        <source>dark: queries · light: keys</source>
        <translation>深色：查询 · 浅色：键</translation>
    </message>
    <message>
        <source>click a query or key to colour by its attention</source>
        <translation>单击某个查询或键，按其注意力着色</translation>
    </message>
    <message>
        <source>attention %1</source>
        <translation>注意力 %1</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>%1 points · %2 inputs</source>
        <translation>%1 个点 · %2 个输入</translation>
    </message>
    <message>
        <source>moving: %1 of %2 points drawn</source>
        <translation>移动中：已绘制 %1 / %2 个点</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FlowGraphPlot</name>
    <message>
        <source> · %1 of %2 tokens, those that carry the most</source>
        <translation> · %2 个词元中的 %1 个，即贡献最大的那些</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FlowView</name>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>input token</source>
        <translation>输入词元</translation>
    </message>
    <message>
        <source>relevance</source>
        <translation>相关性</translation>
    </message>
    <message>
        <source>Click a row to show that position&apos;s relevance and graph</source>
        <translation>单击某一行以显示该位置的相关性和图</translation>
    </message>
    <message>
        <source>Raw attention (last layer)</source>
        <translation>原始注意力（最后一层）</translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation>注意力展开</translation>
    </message>
    <message>
        <source>Attention flow</source>
        <translation>注意力流</translation>
    </message>
    <message>
        <source>Where each position&apos;s information comes from once the layers have mixed it. Rollout multiplies every layer&apos;s head-averaged attention, with the residual connection added as ½·I; flow treats the layers as a network of pipes whose capacities are those weights and finds how much can reach the position from each input token (Abnar &amp; Zuidema, 2020). Both follow the information through all layers; raw attention shows the last layer only.</source>
        <translation>各层混合信息之后，每个位置的信息来自何处。展开（rollout）将每一层在各头上取平均的注意力相乘，并以 ½·I 的形式加入残差连接；流（flow）把各层视为管道网络，以这些权重为容量，求出从每个输入词元能有多少信息到达该位置（Abnar &amp; Zuidema，2020）。两者都跨越所有层追踪信息；原始注意力只显示最后一层。</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流</translation>
    </message>
    <message>
        <source>The method of the position&apos;s relevance and graph</source>
        <translation>该位置的相关性和图所用的方法</translation>
    </message>
    <message>
        <source>Leave masked heads out</source>
        <translation>排除已掩蔽的头</translation>
    </message>
    <message>
        <source>Average only the heads that were not masked in this run</source>
        <translation>只对本次运行中未被掩蔽的头求平均</translation>
    </message>
    <message>
        <source>Position&apos;s relevance and graph by:</source>
        <translation>该位置的相关性和图依据：</translation>
    </message>
    <message>
        <source>No capture</source>
        <translation>无捕获</translation>
    </message>
    <message>
        <source>computed in %1 s</source>
        <translation>计算用时 %1 秒</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>position %1 (%2)</source>
        <translation>位置 %1（%2）</translation>
    </message>
    <message>
        <source>Whole matrices are drawn up to %1 tokens; this input has %2, so only the selected position is computed.</source>
        <translation>完整矩阵最多绘制 %1 个词元；此输入有 %2 个，因此只计算所选位置。</translation>
    </message>
    <message>
        <source>The flow matrix is computed up to %1 tokens (a maximum-flow problem per cell); below, flow is computed for the selected position.</source>
        <translation>流矩阵最多计算到 %1 个词元（每个单元格一个最大流问题）；下方为所选位置计算的流。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Position %1 (%2) through the layers</source>
        <translation>位置 %1（%2）在各层中的传递</translation>
    </message>
    <message>
        <source>Information flow, %1</source>
        <translation>信息流，%1</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>信息流</translation>
    </message>
    <message>
        <source>Run a text or an image first</source>
        <translation>请先运行一段文本或一张图像</translation>
    </message>
    <message>
        <source>The information flow is still being computed</source>
        <translation>信息流仍在计算中</translation>
    </message>
    <message>
        <source>Relevance matrices</source>
        <translation>相关性矩阵</translation>
    </message>
    <message>
        <source>Relevance over the image</source>
        <translation>图像上的相关性</translation>
    </message>
    <message>
        <source>Relevance of each input token</source>
        <translation>每个输入词元的相关性</translation>
    </message>
    <message>
        <source>Layered graph</source>
        <translation>分层图</translation>
    </message>
    <message>
        <source>%1: relevance %2</source>
        <translation>%1：相关性 %2</translation>
    </message>
    <message>
        <source>computing… %1 %</source>
        <translation>正在计算… %1 %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadChips</name>
    <message>
        <source>Click a head to show or hide it; double-click to show it alone</source>
        <translation>单击头以显示或隐藏它；双击则只显示它</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadGrid</name>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>Layer %1, head %2: masked (click to unmask)</source>
        <translation>第 %1 层，第 %2 个头：已掩蔽（单击取消掩蔽）</translation>
    </message>
    <message>
        <source>Layer %1, head %2 (click to mask)</source>
        <translation>第 %1 层，第 %2 个头（单击以掩蔽）</translation>
    </message>
    <message>
        <source>Mask every head of layer %1</source>
        <translation>掩蔽第 %1 层的所有头</translation>
    </message>
    <message numerus="yes">
        <source>Head mask: %n head(s) masked</source>
        <translation>
            <numerusform>头掩码：已掩蔽 %n 个头</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>请先打开一个模型。</translation>
    </message>
    <message>
        <source>Head mask</source>
        <translation>头掩码</translation>
    </message>
    <message>
        <source>Head mask grid</source>
        <translation>头掩码网格</translation>
    </message>
    <message>
        <source>One square per head. Arrow keys select a head, Space masks or unmasks it, L masks its whole layer.</source>
        <translation>每个头一个方格。方向键选择头，空格键掩蔽或取消掩蔽，L 掩蔽它所在的整层。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadRolesModel</name>
    <message>
        <source>Layer %1, head %2: %3 under the current thresholds</source>
        <translation>第 %1 层，第 %2 个头：在当前阈值下为 %3</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>头</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>汇聚</translation>
    </message>
    <message>
        <source>Value sink</source>
        <translation>值汇聚</translation>
    </message>
    <message>
        <source>Prev. token</source>
        <translation>前一词元</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>归纳</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>局部</translation>
    </message>
    <message>
        <source>Entropy frac.</source>
        <translation>熵比例</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>熵</translation>
    </message>
    <message>
        <source>Top key</source>
        <translation>最高键</translation>
    </message>
    <message>
        <source>Top share</source>
        <translation>最高占比</translation>
    </message>
    <message>
        <source>The first rule that holds: induction, previous-token, sink, broad, local, else mixed</source>
        <translation>第一条成立的规则：induction、previous-token、sink、broad、local，否则为 mixed</translation>
    </message>
    <message>
        <source>Mean attention of queries after the first to the first token</source>
        <translation>第一个之后的查询对第一个词元的平均注意力</translation>
    </message>
    <message>
        <source>The first token&apos;s share of value-weighted attention (low: a no-op sink)</source>
        <translation>第一个词元在值加权注意力中的占比（低：不起作用的汇聚）</translation>
    </message>
    <message>
        <source>Mean attention to the previous token</source>
        <translation>对前一个词元的平均注意力</translation>
    </message>
    <message>
        <source>On the [BOS] R R probe: attention to the token after the earlier copy (– without a probe run)</source>
        <translation>在 [BOS] R R 探针上：对较早副本之后那个词元的注意力（– 表示未运行探针）</translation>
    </message>
    <message>
        <source>Attention within two positions of the query</source>
        <translation>查询前后两个位置以内的注意力</translation>
    </message>
    <message>
        <source>Entropy relative to uniform over the keys a query can see (1 = uniform)</source>
        <translation>相对于查询可见键上均匀分布的熵（1 = 均匀）</translation>
    </message>
    <message>
        <source>Mean entropy of a query&apos;s attention, in nats</source>
        <translation>查询注意力的平均熵，单位 nats</translation>
    </message>
    <message>
        <source>The position receiving the most attention</source>
        <translation>接收注意力最多的位置</translation>
    </message>
    <message>
        <source>Mean attention that position receives</source>
        <translation>该位置接收的平均注意力</translation>
    </message>
    <message>
        <source>Logit attr.</source>
        <translation>Logit 归因</translation>
    </message>
    <message>
        <source>Direct logit attribution: what the head writes into the predicted token&apos;s logit at the last position, through the final norm frozen at the run&apos;s value (red: up, blue: down)</source>
        <translation>直接 logit 归因：该头在最后一个位置写入预测词元 logit 的量，经过固定为本次运行取值的最终归一化层（红：升高，蓝：降低）</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadRolesTable</name>
    <message>
        <source>All roles</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <source>Filter: role, “L2 H1” or “2:1”</source>
        <translation>筛选：角色、“L2 H1”或“2:1”</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>Role thresholds (first rule that holds)</source>
        <translation>角色阈值（第一条成立的规则）</translation>
    </message>
    <message>
        <source>induction ≥</source>
        <translation>归纳 ≥</translation>
    </message>
    <message>
        <source>prev. token ≥</source>
        <translation>前一词元 ≥</translation>
    </message>
    <message>
        <source>sink ≥</source>
        <translation>汇聚 ≥</translation>
    </message>
    <message>
        <source>broad: entropy frac. ≥</source>
        <translation>广泛：熵比例 ≥</translation>
    </message>
    <message>
        <source>local ≥</source>
        <translation>局部 ≥</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&lt;i&gt;No scores yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;尚无分数。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 heads: </source>
        <translation>%1 个头：</translation>
    </message>
    <message numerus="yes">
        <source>%n head(s)</source>
        <translation>
            <numerusform>%n 个头</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a text first (or loosen the filters).</source>
        <translation>请先运行一段文本（或放宽筛选条件）。</translation>
    </message>
    <message>
        <source>Head roles</source>
        <translation>头角色</translation>
    </message>
    <message>
        <source>Roles, first rule that holds: induction ≥ %1, previous token ≥ %2, sink ≥ %3, broad when entropy fraction ≥ %4, local ≥ %5, else mixed.</source>
        <translation>角色，第一条成立的规则：induction ≥ %1，previous-token ≥ %2，sink ≥ %3，相对熵比例 ≥ %4 时为 broad，local ≥ %5，否则为 mixed。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadView</name>
    <message>
        <source>Sentences</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>The layer whose heads are drawn</source>
        <translation>要绘制其头的层</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>A → B</source>
        <translation>A → B</translation>
    </message>
    <message>
        <source>B → A</source>
        <translation>B → A</translation>
    </message>
    <message>
        <source>A → A</source>
        <translation>A → A</translation>
    </message>
    <message>
        <source>B → B</source>
        <translation>B → B</translation>
    </message>
    <message>
        <source>Only lines from one sentence&apos;s queries to one sentence&apos;s keys</source>
        <translation>只显示从一个句子的查询到一个句子的键的连线</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>第 %1 层：%2</translation>
    </message>
    <message>
        <source>%1 tokens · weights ≥ %2 drawn</source>
        <translation>%1 个词元 · 绘制权重 ≥ %2</translation>
    </message>
    <message>
        <source>Layer %1, all %2 heads</source>
        <translation>第 %1 层，全部 %2 个头</translation>
    </message>
    <message numerus="yes">
        <source>Layer %1, %n head(s)</source>
        <translation>
            <numerusform>第 %1 层，%n 个头</numerusform>
        </translation>
    </message>
    <message>
        <source>, after − before</source>
        <translation>，之后 − 之前</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>请先运行一段文本。</translation>
    </message>
    <message>
        <source>, norm-weighted</source>
        <translation>，范数加权</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadViewCanvas</name>
    <message>
        <source>Run a text to see its attention</source>
        <translation>运行一段文本以查看其注意力</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>after − before  (red: more, blue: less)</source>
        <translation>之后 − 之前  （红：更多，蓝：更少）</translation>
    </message>
    <message>
        <source>Head view lines</source>
        <translation>头视图连线</translation>
    </message>
    <message>
        <source>Lines from each query token to the keys it attends to. Up and Down select a token, Left and Right its query or its key, Escape shows every line again.</source>
        <translation>从每个查询词元连到它所关注的键的线。上下键选择词元，左右键选择它的查询或键，Esc 重新显示所有连线。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImageDrop</name>
    <message>
        <source>Drop an
image here</source>
        <translation>将图像
拖放到此处</translation>
    </message>
    <message>
        <source>A vision model takes an image: drop a PNG or JPEG file here or choose one.</source>
        <translation>视觉模型接受图像：将 PNG 或 JPEG 文件拖放到此处，或选择一个文件。</translation>
    </message>
    <message>
        <source>Choose &amp;Image…</source>
        <translation>选择图像(&amp;I)…</translation>
    </message>
    <message>
        <source>%1 could not be read as an image (%2)</source>
        <translation>无法将 %1 读取为图像（%2）</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 像素</translation>
    </message>
    <message>
        <source>Choose Image</source>
        <translation>选择图像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImageHeatOverlay</name>
    <message>
        <source>No image to overlay</source>
        <translation>没有可叠加的图像</translation>
    </message>
    <message>
        <source>class token %1</source>
        <translation>类别词元 %1</translation>
    </message>
    <message>
        <source>, registers %1</source>
        <translation>，寄存器 %1</translation>
    </message>
    <message>
        <source>, brightest patch %1</source>
        <translation>，最亮的图像块 %1</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImportanceView</name>
    <message>
        <source>Ablation: Δloss when the head alone is masked</source>
        <translation>消融：仅掩蔽该头时的 Δ损失</translation>
    </message>
    <message>
        <source>Gradient: |∂loss/∂mask|, one backward pass</source>
        <translation>梯度：|∂loss/∂mask|，一次反向传播</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>head</source>
        <translation>头</translation>
    </message>
    <message>
        <source>Mask and re-run</source>
        <translation>掩蔽并重新运行</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Mask the</source>
        <translation>掩蔽</translation>
    </message>
    <message>
        <source>least important heads (outlined)</source>
        <translation>个最不重要的头（带轮廓）</translation>
    </message>
    <message>
        <source>Press Compute to measure every head.</source>
        <translation>按“计算”以测量每个头。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>用时 %1 秒完成。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message numerus="yes">
        <source>Mask the %n least important heads</source>
        <translation>
            <numerusform>掩蔽 %n 个最不重要的头</numerusform>
        </translation>
    </message>
    <message>
        <source>Ablation: Δloss when each head alone is masked</source>
        <translation>消融：分别单独掩蔽每个头时的 Δ损失</translation>
    </message>
    <message>
        <source>Gradient estimate: |∂loss/∂mask| per head</source>
        <translation>梯度估计：每个头的 |∂loss/∂mask|</translation>
    </message>
    <message>
        <source>&lt;i&gt;No %1 result yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;尚无 %1 结果。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Load a model and run an input first.&lt;/i&gt;</source>
        <translation>&lt;i&gt;请先加载模型并运行一个输入。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Δ loss</source>
        <translation>Δ 损失</translation>
    </message>
    <message>
        <source>|∂loss/∂mask|</source>
        <translation>|∂loss/∂mask|</translation>
    </message>
    <message>
        <source>Loss: %1, unmasked %2. Red: the model does worse without the head; blue: better.</source>
        <translation>损失：%1，未掩蔽 %2。红：没有该头时模型表现更差；蓝：更好。</translation>
    </message>
    <message>
        <source>Loss: %1, unmasked %2. Masking moves the multiplier from 1 to 0, so −∂loss/∂mask estimates the ablation to first order.</source>
        <translation>损失：%1，未掩蔽 %2。掩蔽会将乘数从 1 变为 0，因此 −∂loss/∂mask 是消融效果的一阶估计。</translation>
    </message>
    <message>
        <source>loss change when each head alone is masked</source>
        <translation>分别单独掩蔽每个头时的损失变化</translation>
    </message>
    <message>
        <source>gradient estimate |∂loss/∂mask|</source>
        <translation>梯度估计 |∂loss/∂mask|</translation>
    </message>
    <message>
        <source>Compute the head importance first.</source>
        <translation>请先计算头重要性。</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::InputPanel</name>
    <message>
        <source>Type a text, then press Ctrl+Return to run it</source>
        <translation>输入一段文本，然后按 Ctrl+Return 运行</translation>
    </message>
    <message>
        <source>Second &amp;sentence (sentence pair):</source>
        <translation>第二个句子（句子对）(&amp;S)：</translation>
    </message>
    <message>
        <source>Optional: a second sentence, encoded as segment B</source>
        <translation>可选：第二个句子，编码为片段 B</translation>
    </message>
    <message>
        <source>The tokens appear here as you type.</source>
        <translation>输入时，词元会显示在这里。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the run; the views keep their previous results (Esc)</source>
        <translation>停止运行；各视图保留之前的结果（Esc）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run the model on this input (Ctrl+Return)</source>
        <translation>在此输入上运行模型（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation>掩码(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. 1:0, 2:3</source>
        <translation>例如 1:0, 2:3</translation>
    </message>
    <message>
        <source>Heads whose output is zeroed, as layer:head pairs counted from 0</source>
        <translation>输出被置零的头，以“层:头”对表示，从 0 开始计数</translation>
    </message>
    <message>
        <source>Run with Mask</source>
        <translation>带掩码运行</translation>
    </message>
    <message>
        <source>Run again with the masked heads and compare with the plain run (Ctrl+Shift+Return)</source>
        <translation>使用已掩蔽的头再次运行，并与普通运行进行比较（Ctrl+Shift+Return）</translation>
    </message>
    <message>
        <source>Edit mask</source>
        <translation>编辑掩码</translation>
    </message>
    <message>
        <source>The tokenizer failed: %1</source>
        <translation>分词器出错：%1</translation>
    </message>
    <message>
        <source>added by the tokenizer</source>
        <translation>由分词器添加</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>字符 %1–%2</translation>
    </message>
    <message>
        <source>first text</source>
        <translation>第一段文本</translation>
    </message>
    <message>
        <source>second text</source>
        <translation>第二段文本</translation>
    </message>
    <message>
        <source>Token %1 · id %2
%3 · %4</source>
        <translation>词元 %1 · id %2
%3 · %4</translation>
    </message>
    <message>
        <source>Open a model to run a text.</source>
        <translation>打开模型以运行文本。</translation>
    </message>
    <message>
        <source>Choose or drop an image to run.</source>
        <translation>选择或拖放一张图像以运行。</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 个词元</translation>
    </message>
    <message>
        <source>This model folder has no tokenizer, so text cannot be run.</source>
        <translation>此模型文件夹没有分词器，因此无法运行文本。</translation>
    </message>
    <message>
        <source>The tokenizer could not be loaded: %1</source>
        <translation>无法加载分词器：%1</translation>
    </message>
    <message>
        <source>Type a text to run.</source>
        <translation>输入要运行的文本。</translation>
    </message>
    <message>
        <source>Too long: %1 tokens, but this model takes at most %2. Shorten the text to run it.</source>
        <translation>过长：%1 个词元，但此模型最多接受 %2 个。请缩短文本后再运行。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>&amp;Attention:</source>
        <translation>注意力(&amp;A)：</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>解码器</translation>
    </message>
    <message>
        <source>Cross (decoder → source)</source>
        <translation>交叉（解码器 → 源）</translation>
    </message>
    <message>
        <source>Which attention the views show: the encoder&apos;s over the source, the decoder&apos;s over the target, or the decoder&apos;s attention over the source (cross-attention)</source>
        <translation>视图显示哪种注意力：编码器对源的、解码器对目标的，或解码器对源的注意力（交叉注意力）</translation>
    </message>
    <message>
        <source>Attention shown</source>
        <translation>显示的注意力</translation>
    </message>
    <message>
        <source>Heads whose output is zeroed: enc:L:H, dec:L:H or cross:L:H, counted from 0</source>
        <translation>输出被置零的头：enc:L:H、dec:L:H 或 cross:L:H，从 0 开始计数</translation>
    </message>
    <message>
        <source>&amp;Target (the decoder&apos;s text):</source>
        <translation>目标（解码器的文本）(&amp;T)：</translation>
    </message>
    <message>
        <source>Optional: what the decoder reads; empty runs its start token alone</source>
        <translation>可选：解码器读取的内容；留空则只运行其起始词元</translation>
    </message>
    <message>
        <source>e.g. enc:1:0, cross:2:3</source>
        <translation>例如 enc:1:0, cross:2:3</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个词元</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ModelView</name>
    <message>
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>连线</translation>
    </message>
    <message>
        <source>computing model view thumbnails</source>
        <translation>正在计算模型视图缩略图</translation>
    </message>
    <message>
        <source>Some thumbnails failed: %1</source>
        <translation>部分缩略图失败：%1</translation>
    </message>
    <message>
        <source>Computing thumbnails %1 / %2</source>
        <translation>正在计算缩略图 %1 / %2</translation>
    </message>
    <message>
        <source>%1 layers × %2 heads</source>
        <translation>%1 层 × %2 个头</translation>
    </message>
    <message>
        <source>, after − before</source>
        <translation>，之后 − 之前</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>请先运行一段文本。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ModelViewCanvas</name>
    <message>
        <source>Click: select the head · Right-click or Ctrl+click: mask or unmask it</source>
        <translation>单击：选择该头 · 右键单击或 Ctrl+单击：掩蔽或取消掩蔽</translation>
    </message>
    <message>
        <source>Run a text to see every head</source>
        <translation>运行一段文本以查看每个头</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2 · masked</source>
        <translation>第 %1 层 · 第 %2 个头 · 已掩蔽</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2</source>
        <translation>第 %1 层 · 第 %2 个头</translation>
    </message>
    <message>
        <source>w%1</source>
        <translation>w%1</translation>
    </message>
    <message>
        <source> · window %1</source>
        <translation> · 窗口 %1</translation>
    </message>
    <message>
        <source>Model view heads</source>
        <translation>模型视图中的头</translation>
    </message>
    <message>
        <source>Every head as a small attention map. Arrow keys select a head, Space masks or unmasks it.</source>
        <translation>每个头显示为一张小注意力图。方向键选择头，空格键掩蔽或取消掩蔽。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::PositionChart</name>
    <message>
        <source>Token %1 “%2”: %3 %4</source>
        <translation>词元 %1 “%2”：%3 %4</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::PredictionPanel</name>
    <message>
        <source>How far each position&apos;s prediction moved (KL divergence, nats) — click a bar to select it</source>
        <translation>每个位置的预测偏移了多少（KL 散度，nats）— 单击柱条以选中</translation>
    </message>
    <message>
        <source>KLᵢ = Σᵥ Pᵢ(v) · (ln Pᵢ(v) − ln Qᵢ(v)), with P the prediction at position i before masking and Q after it.</source>
        <translation>KLᵢ = Σᵥ Pᵢ(v) · (ln Pᵢ(v) − ln Qᵢ(v))，其中 P 为掩蔽前位置 i 的预测，Q 为掩蔽后的预测。</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Run a text to see what the model predicts.</source>
        <translation>运行一段文本以查看模型的预测。</translation>
    </message>
    <message>
        <source>This model has no prediction head (language-model or classifier), so there is nothing to predict. The attention views still show every head.</source>
        <translation>此模型没有预测头（语言模型头或分类器），因此没有可预测的内容。注意力视图仍会显示每个头。</translation>
    </message>
    <message>
        <source>Most likely classes of the image</source>
        <translation>图像最可能的类别</translation>
    </message>
    <message>
        <source>Next token after “%1” (token %2 of %3)</source>
        <translation>“%1”之后的下一个词元（第 %2 个词元，共 %3 个）</translation>
    </message>
    <message>
        <source>Predicted token at position %1 “%2”</source>
        <translation>位置 %1 “%2”处的预测词元</translation>
    </message>
    <message>
        <source>Click a token to see what the model predicts after it.</source>
        <translation>单击一个词元，查看模型在其之后的预测。</translation>
    </message>
    <message>
        <source>Click a token to see what the model predicts there; a [MASK] token is chosen first.</source>
        <translation>单击一个词元，查看模型在该处的预测；默认先选中 [MASK] 词元。</translation>
    </message>
    <message>
        <source>id %1 · logit %2 · probability %3</source>
        <translation>id %1 · logit %2 · 概率 %3</translation>
    </message>
    <message>
        <source>
before masking: %1</source>
        <translation>
掩蔽前：%1</translation>
    </message>
    <message>
        <source>Before · no heads masked</source>
        <translation>之前 · 未掩蔽任何头</translation>
    </message>
    <message>
        <source>After · masked %1</source>
        <translation>之后 · 掩码 %1</translation>
    </message>
    <message>
        <source>Masked %1</source>
        <translation>掩码 %1</translation>
    </message>
    <message>
        <source>Mean next-token cross-entropy on the input: L = −1/(N−1) · Σᵢ ln p(xᵢ₊₁ | x₁…xᵢ), in nats.</source>
        <translation>输入上下一个词元的平均交叉熵：L = −1/(N−1) · Σᵢ ln p(xᵢ₊₁ | x₁…xᵢ)，单位 nats。</translation>
    </message>
    <message>
        <source>Mean cross-entropy of each input token at its own position: L = −1/N · Σᵢ ln p(xᵢ | x), in nats (a masked LM reconstructing its input).</source>
        <translation>每个输入词元在其自身位置上的平均交叉熵：L = −1/N · Σᵢ ln p(xᵢ | x)，单位 nats（掩码语言模型重建其输入）。</translation>
    </message>
    <message>
        <source>KL divergence of the class distribution after masking: &lt;b&gt;%1&lt;/b&gt; nats</source>
        <translation>掩蔽后类别分布的 KL 散度：&lt;b&gt;%1&lt;/b&gt; nats</translation>
    </message>
    <message>
        <source>Loss on the input: &lt;b&gt;%1&lt;/b&gt; nats (perplexity %2)</source>
        <translation>输入上的损失：&lt;b&gt;%1&lt;/b&gt; nats（困惑度 %2）</translation>
    </message>
    <message>
        <source>Loss on the input: %1 → &lt;b&gt;%2&lt;/b&gt; nats (&lt;span style=&quot;color:%3&quot;&gt;%4%5&lt;/span&gt;)</source>
        <translation>输入上的损失：%1 → &lt;b&gt;%2&lt;/b&gt; nats（&lt;span style=&quot;color:%3&quot;&gt;%4%5&lt;/span&gt;）</translation>
    </message>
    <message>
        <source>, largest at token %1 “%2”</source>
        <translation>，最大处为词元 %1 “%2”</translation>
    </message>
    <message>
        <source>mean KL %1 nats%2</source>
        <translation>平均 KL %1 nats%2</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>nats</translation>
    </message>
    <message>
        <source>The logits at this position are NaN or infinite, so there is nothing to rank.</source>
        <translation>此位置的 logits 为 NaN 或无穷大，因此无法排序。</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>请先运行一段文本。</translation>
    </message>
    <message>
        <source>This model has no prediction head.</source>
        <translation>此模型没有预测头。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL 散度</translation>
    </message>
    <message>
        <source>KL divergence per position</source>
        <translation>各位置的 KL 散度</translation>
    </message>
    <message>
        <source>This model outputs an image embedding of %1 values, not class scores, so there is nothing to rank. The attention views still show every head.</source>
        <translation>此模型输出由 %1 个值组成的图像嵌入，而不是类别分数，因此无法排序。注意力视图仍会显示每个头。</translation>
    </message>
    <message>
        <source>This model outputs an embedding, not predictions.</source>
        <translation>此模型输出嵌入，而非预测。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::QueryKeyEmbeddingView</name>
    <message>
        <source>Colour by</source>
        <translation>着色依据</translation>
    </message>
    <message>
        <source>Query / key</source>
        <translation>查询 / 键</translation>
    </message>
    <message>
        <source>Token position</source>
        <translation>词元位置</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Attention of selection</source>
        <translation>所选项的注意力</translation>
    </message>
    <message>
        <source>Find a token…</source>
        <translation>查找词元…</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>Draw a density image instead of points (2D)</source>
        <translation>绘制密度图而非散点（2D）</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>Embed in three dimensions</source>
        <translation>嵌入到三维</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show all points</source>
        <translation>显示所有点</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>to key “%1” (input %2, position %3)</source>
        <translation>到键“%1”（输入 %2，位置 %3）</translation>
    </message>
    <message>
        <source>from query “%1” (input %2, position %3)</source>
        <translation>来自查询“%1”（输入 %2，位置 %3）</translation>
    </message>
    <message>
        <source>“%1”: 1 match</source>
        <translation>“%1”：1 个匹配</translation>
    </message>
    <message>
        <source>“%1”: %2 matches</source>
        <translation>“%1”：%2 个匹配</translation>
    </message>
    <message>
        <source>Nothing is embedded yet.</source>
        <translation>尚未嵌入任何内容。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::QueryKeyMatrixView</name>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Query–key embeddings of every head</source>
        <translation>所有头的查询–键嵌入</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>键</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>embedding, %1 % done</source>
        <translation>嵌入中，已完成 %1 %</translation>
    </message>
    <message>
        <source>click to open</source>
        <translation>单击打开</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Layer %1, head %2: %3</source>
        <translation>第 %1 层，第 %2 个头：%3</translation>
    </message>
    <message>
        <source>every head</source>
        <translation>所有头</translation>
    </message>
    <message>
        <source>No head is embedded yet.</source>
        <translation>尚未嵌入任何头。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::SelectionModel</name>
    <message>
        <source>Mask all heads of layer %1</source>
        <translation>掩蔽第 %1 层的所有头</translation>
    </message>
    <message>
        <source>Invert mask</source>
        <translation>反转掩码</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>清除掩码</translation>
    </message>
    <message>
        <source>Mask head %1%2:%3</source>
        <translation>屏蔽头 %1%2:%3</translation>
    </message>
    <message>
        <source>Unmask head %1%2:%3</source>
        <translation>取消屏蔽头 %1%2:%3</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::SinkView</name>
    <message>
        <source>Sink score: mean attention to the first token</source>
        <translation>汇聚分数：对第一个词元的平均注意力</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>head</source>
        <translation>头</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>汇聚</translation>
    </message>
    <message>
        <source>Click a head to select it in every view</source>
        <translation>单击一个头，在所有视图中选中它</translation>
    </message>
    <message>
        <source>Selected layer</source>
        <translation>所选层</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>所有层</translation>
    </message>
    <message>
        <source>attention received (sum)</source>
        <translation>接收的注意力（总和）</translation>
    </message>
    <message>
        <source>Hidden-state norm ‖h‖ per token (log scale)</source>
        <translation>每个词元的隐藏状态范数 ‖h‖（对数刻度）</translation>
    </message>
    <message>
        <source>‖h‖</source>
        <translation>‖h‖</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Attention received by each token, summed over heads and queries:</source>
        <translation>每个词元接收的注意力，对所有头和查询求和：</translation>
    </message>
    <message>
        <source>&lt;i&gt;Run a model to see where its attention piles up.&lt;/i&gt;</source>
        <translation>&lt;i&gt;运行模型以查看其注意力在何处堆积。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 heads&lt;/b&gt; put at least half their attention on the first token (mean sink score %3). Strongest: &lt;b&gt;L%4 H%5&lt;/b&gt;, %6</source>
        <translation>&lt;b&gt;%2 个头中有 %1 个&lt;/b&gt;将至少一半的注意力放在第一个词元上（平均汇聚分数 %3）。最强：&lt;b&gt;L%4 H%5&lt;/b&gt;，%6</translation>
    </message>
    <message>
        <source>, of which %1 survives value weighting</source>
        <translation>，其中 %1 在值加权后仍然保留</translation>
    </message>
    <message>
        <source>No massive activations (norm &amp;gt; %1× the layer median).</source>
        <translation>没有大规模激活（范数 &amp;gt; 该层中位数的 %1×）。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n massive activation(s)&lt;/b&gt; (norm &amp;gt; %1× the layer median).</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个大规模激活&lt;/b&gt;（范数 &amp;gt; 该层中位数的 %1×）。</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 layers × %2 heads</source>
        <translation>全部 %1 层 × %2 个头</translation>
    </message>
    <message>
        <source>Layer %1, %2 heads</source>
        <translation>第 %1 层，%2 个头</translation>
    </message>
    <message>
        <source>embed</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>%1 · token %2 “%3”: ‖h‖ = %4, %5× the layer median</source>
        <translation>%1 · 词元 %2 “%3”：‖h‖ = %4，为该层中位数的 %5×</translation>
    </message>
    <message>
        <source>No token&apos;s norm exceeds %1× its layer&apos;s median.</source>
        <translation>没有词元的范数超过其所在层中位数的 %1×。</translation>
    </message>
    <message>
        <source>Raw attention, L%1 H%2</source>
        <translation>原始注意力，L%1 H%2</translation>
    </message>
    <message>
        <source>Value-weighted: values were not kept</source>
        <translation>值加权：未保留值向量</translation>
    </message>
    <message>
        <source>Value-weighted  A·‖v‖, rows renormalised</source>
        <translation>值加权  A·‖v‖，各行重新归一化</translation>
    </message>
    <message>
        <source>Layer %1, head %2: sink %3, value sink %4, top key %5 (“%6”)</source>
        <translation>第 %1 层，第 %2 个头：汇聚 %3，值汇聚 %4，最高键 %5（“%6”）</translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation>第 %1 层，第 %2 个头</translation>
    </message>
    <message>
        <source>%1 layers × %2 heads, layer %3 head %4 selected</source>
        <translation>%1 层 × %2 个头，已选中第 %3 层第 %4 个头</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>请先运行一段文本。</translation>
    </message>
    <message>
        <source>Sink scores</source>
        <translation>汇聚分数</translation>
    </message>
    <message>
        <source>Attention received</source>
        <translation>接收的注意力</translation>
    </message>
    <message>
        <source>Residual norms</source>
        <translation>残差范数</translation>
    </message>
    <message>
        <source>Raw attention</source>
        <translation>原始注意力</translation>
    </message>
    <message>
        <source>Value-weighted attention</source>
        <translation>值加权注意力</translation>
    </message>
    <message>
        <source>Raw and value-weighted attention</source>
        <translation>原始注意力与值加权注意力</translation>
    </message>
    <message numerus="yes">
        <source>The %n register(s) receive &lt;b&gt;%1 %&lt;/b&gt; of all attention, the class token %2 %. </source>
        <translation>
            <numerusform>%n 个寄存器接收了全部注意力的 &lt;b&gt;%1 %&lt;/b&gt;，类别词元接收了 %2 %。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TokenContextPanel</name>
    <message>
        <source>Click a point to see its input here, and its attention as lines.</source>
        <translation>单击一个点，在此处查看其输入，并以连线显示其注意力。</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>at position %1 of %2</source>
        <translation>位于第 %1 个位置，共 %2 个</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个词元</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TokenStrip</name>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>How the tokenizer splits the input. Left and Right select a token in every view.</source>
        <translation>分词器如何切分输入。左右键在所有视图中选择词元。</translation>
    </message>
</context>
</TS>
