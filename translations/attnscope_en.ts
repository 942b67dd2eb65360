<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LibraryVersions</name>
    <message numerus="yes">
        <source>available (%n device(s))</source>
        <translation>
            <numerusform>available (%n device)</numerusform>
            <numerusform>available (%n devices)</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMP threads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Capture: every layer&apos;s attention, residual norms and logits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected head&apos;s attention map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head roles table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention sinks: sink scores, attention received, massive activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query–key embedding: coordinates and tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the head importance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is embedded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this view does not export figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AttnScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AttnScope did not close properly last time. Restore the work it saved automatically?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers × heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights / compute dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No heads masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked heads (layer:head): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely classes of the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the last position (%1), the model&apos;s top ten candidates%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for the next token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability with mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability without mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on the input: %1 nats without the mask, %2 with it (%3). Mean KL divergence of the predictions %4 nats, largest %5 at position %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on the input: %1 nats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles by the first rule that holds: induction ≥ %1, previous token ≥ %2, sink ≥ %3, broad when the entropy fraction ≥ %4, local ≥ %5, else mixed. Formulas: docs/metrics.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prev. token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy frac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention sinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 heads put at least half their attention on the first token (mean sink score %3). Strongest: layer %4, head %5 (%6). %7 massive activation(s) (residual norm over 10× its layer&apos;s median).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AttnScope report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1 by AttnScope %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command opens the same model, runs the same input with the same mask and selects the same head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or open the saved session %1 (attnscope --session FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information flow: relevance matrices, the position&apos;s relevance and layered graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Information Flow view first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::AboutDialog</name>
    <message>
        <source>About AttnScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AttnScope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks inside transformer models: how every layer and head attends, which heads matter, and what changes when heads are masked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::AnalysisSession</name>
    <message>
        <source>Scoring heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head importance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of the logit of “%1” at position %2 (logit %3; the heads add up to %4, the MLPs to %5, embeddings and biases to %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logit attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norm-weighted attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the input image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::DemoGuide</name>
    <message>
        <source>Choose a demo from the Demos menu: each one runs a prepared text on the bundled demo model and says what to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with Mask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo %1 of %2 · step %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next demo ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (→ or PageDown in presenter mode)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmbeddingDock</name>
    <message>
        <source>Current input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo-model texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose queries and keys are embedded: the input just run, or every line of a corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA is instant; t-SNE and UMAP keep neighbourhoods and refine while you watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every head of the model as a small embedding; click one to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files, one input per line (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query–key embedding needs OpenGL, which this display does not offer. The all-heads matrix still works; for the embedding, run AttnScope on a desktop or under Xvfb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query–key embedding needs OpenGL (on a machine without a display, run under Xvfb); the all-heads matrix (--matrix) does not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmbeddingSession</name>
    <message>
        <source>Open a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-model texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>capturing %n input(s), %1…</source>
        <translation type="unfinished">
            <numerusform>capturing %n input, %1…</numerusform>
            <numerusform>capturing %n inputs, %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Corpus capture cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>embedding %n point(s)…</source>
        <translation type="unfinished">
            <numerusform>embedding %n point…</numerusform>
            <numerusform>embedding %n points…</numerusform>
        </translation>
    </message>
    <message>
        <source>current input</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n input(s)</source>
        <translation type="unfinished">
            <numerusform>%1: %n input</numerusform>
            <numerusform>%1: %n inputs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 points · %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · UMAP of %1 landmarks, the other points placed among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 MB of vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding every head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 · head %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 points · from the saved session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmptyState</name>
    <message>
        <source>Open a model folder or drag one here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model folder holds a Hugging Face model: config.json, one or more *.safetensors files and tokenizer.json. Once it is open, type a text and press Ctrl+Return to see how every layer and head attends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model Folder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::ErrorReporter</name>
    <message>
        <source>%1

Where: %2</source>
        <comment>error dialog: the problem, then the file, tensor or key</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportActions</name>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportDataDialog</name>
    <message>
        <source>Export Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.safetensors *.csv *.json *.npy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportFigureDialog</name>
    <message>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector graphics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector graphics (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML: one self-contained file with vector figures, for a browser. PDF: A4 pages with vector figures, for print. The model, input, predictions, head roles, sinks, versions and the command that reproduces it are always included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.html *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::GuidedTour</name>
    <message>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::HuggingFaceCacheDialog</name>
    <message>
        <source>Open from Hugging Face Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models were found in %1. Download one with `huggingface-cli download ORG/NAME`, or open a model folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in %1</source>
        <translation>
            <numerusform>%n model in %1</numerusform>
            <numerusform>%n models in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::app::JobRunner</name>
    <message>
        <source>Out of memory (%1 available). Try a shorter input, a smaller model or a lower precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work stopped with an error that carries no message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::MainWindow</name>
    <message>
        <source>AttnScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demos yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Model Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask All Heads in Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invert Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with &amp;Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AttnScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – AttnScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time AttnScope starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from Hugging &amp;Face Cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view in front fills the screen with large fonts, the Demo Guide below it; → and PageDown step through the demos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Demo Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Demo Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::ModelInfoPanel</name>
    <message>
        <source>No model is open. Open a model folder (File › Open Model Folder…) or pick one from the Hugging Face cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers × heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (model_type %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vision (image patches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>causal language model (each token sees earlier ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bidirectional encoder (each token sees all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (%3 key/value heads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (image model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit (relative positions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoder %1 × %2, decoder %3 × %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::ModelSession</name>
    <message>
        <source>Layer %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image: this model reads images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model folder has no tokenizer, so text cannot be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokenizer could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has no tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has %1 tokens, but this model takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with mask failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running with mask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run produced NaN or infinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The views show them as empty cells and “–”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target text has no tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float32 matches the reference numbers; bfloat16 and float16 halve the memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device (next model opened):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute in (next model opened):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::RecentModels</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::SessionController</name>
    <message>
        <source>Save Session failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AttnScope sessions (*.attnscope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AttnScope sessions (*.attnscope);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Session failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model folder of this session is gone:
%1

Choose where the model is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the model now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s config.json has changed since the session was saved; the numbers may differ from the saved ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s weight files have changed since the session was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask from the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running job; the views keep their previous results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::UserGuideDialog</name>
    <message>
        <source>AttnScope User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the guide&apos;s contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AttnScope&apos;s resources were not found, so neither is its user guide. Set ATTNSCOPE_RESOURCES to the folder that holds demos.json and user-guide/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not installed: %1 is missing. It comes with AttnScope in share/attnscope/user-guide; reinstalling AttnScope brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::ViewCatalog</name>
    <message>
        <source>Head View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines from each token to the tokens it attends to, one colour per head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every layer and head at a glance, as small attention maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full attention matrix of the selected head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query–Key Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention Sinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much attention each head gives to the first token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click heads to mask them, then Run with Mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every head&apos;s scores and the role they suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the loss changes when each head is masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries and keys of the selected head, laid out in 2D or 3D by PCA, t-SNE or UMAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each position&apos;s information comes from across all layers: attention rollout and attention flow beside raw attention, per token or over the image, with the layered graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::app::Workspace</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens in its vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none needed (the input is an image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found: text cannot be run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mask failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is open to run with a mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The model has %n layer(s), numbered from 0.</source>
        <translation>
            <numerusform>The model has %n layer, numbered from 0.</numerusform>
            <numerusform>The model has %n layers, numbered from 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>--head failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The model has %n head(s) per layer, numbered from 0.</source>
        <translation>
            <numerusform>The model has %n head per layer, numbered from 0.</numerusform>
            <numerusform>The model has %n heads per layer, numbered from 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>--corpus failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is open to capture the corpus with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The input has %n token(s), numbered from 0.</source>
        <translation>
            <numerusform>The input has %n token, numbered from 0.</numerusform>
            <numerusform>The input has %n tokens, numbered from 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Query-key embedding failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--importance failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a text first: the sweep measures the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such corpus file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a text here (an image for vision models) and press &lt;b&gt;Run&lt;/b&gt; (Ctrl+Return). Every view then shows how this input was attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the model&apos;s tokenizer splits your text, updated as you type. Click a token to select it: every view highlights it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines from each query token (left) to the keys it attends to (right), one colour per head, thicker for more attention. Point at a token to see only its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every head of every layer at once, as small maps. Click one to select it in all views; right-click (or Ctrl+click) to mask it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masking heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads to switch off, as &lt;i&gt;layer:head&lt;/i&gt; pairs (0-based), e.g. &lt;b&gt;1:0&lt;/b&gt;. &lt;b&gt;Run with Mask&lt;/b&gt; (Ctrl+Shift+Return) runs again without them and shows before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s most likely next tokens for the selected position, and after a masked run, how they changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention sinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which tokens receive attention no matter what the query is (often the first token), and how much of it each head parks there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query–key embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queries and keys of a head as points in 2-D or 3-D (PCA, t-SNE, UMAP): queries land near the keys they attend to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demos and help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;Demos&lt;/b&gt; menu holds prepared lessons on the bundled model, and &lt;b&gt;View › Presenter Mode&lt;/b&gt; (F5) shows them in a lecture hall. &lt;b&gt;Help › Guided Tour&lt;/b&gt; brings this tour back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-attention only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-image failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attention map shows no image: run an image through a vision model first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::AttentionMapCanvas</name>
    <message>
        <source>Δ weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query %1  “%2”
Key %3  “%4”
%5  %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a text to see its attention map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queries ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention weights of the selected head, queries down and keys across. Up and Down select a query row, plus and minus zoom, 0 fits the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys (source) →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queries (target) ↓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::AttentionMapView</name>
    <message>
        <source>Mean of heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale shows weights from 10⁻⁴ to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the mean over the layer&apos;s heads instead of the focused head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map (double-click the map does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendering attention map tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 · mean of %2 heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 · Head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  after − before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ attention weight (after − before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean attention weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  norm-weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image this run saw could not be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image shows this run&apos;s attention; show the matrix for after − before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image this run saw could not be read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole attention matrix, or the attention of the selected token (else the class token) as a heat overlay on the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show attention as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention on the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a patch to show its attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 · mean of %2 heads · attention of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 · Head %2 · attention of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::CaptureView</name>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this run minus the run before the mask changed (red: more attention, blue: less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norm weighting is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norm-weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh each attention weight by the norm of what its key&apos;s value vector writes through the output projection, rows renormalised (Kobayashi et al., 2020)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::EmbeddingLegend</name>
    <message>
        <source>queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark: queries · light: keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click a query or key to colour by its attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points · %2 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving: %1 of %2 points drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FlowGraphPlot</name>
    <message>
        <source> · %1 of %2 tokens, those that carry the most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FlowView</name>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row to show that position&apos;s relevance and graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw attention (last layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each position&apos;s information comes from once the layers have mixed it. Rollout multiplies every layer&apos;s head-averaged attention, with the residual connection added as ½·I; flow treats the layers as a network of pipes whose capacities are those weights and finds how much can reach the position from each input token (Abnar &amp; Zuidema, 2020). Both follow the information through all layers; raw attention shows the last layer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method of the position&apos;s relevance and graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave masked heads out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average only the heads that were not masked in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position&apos;s relevance and graph by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole matrices are drawn up to %1 tokens; this input has %2, so only the selected position is computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow matrix is computed up to %1 tokens (a maximum-flow problem per cell); below, flow is computed for the selected position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1 (%2) through the layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information flow, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a text or an image first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information flow is still being computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance over the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance of each input token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layered graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: relevance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadChips</name>
    <message>
        <source>Click a head to show or hide it; double-click to show it alone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadGrid</name>
    <message>
        <source>L%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, head %2: masked (click to unmask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, head %2 (click to mask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask every head of layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Head mask: %n head(s) masked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head mask grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One square per head. Arrow keys select a head, Space masks or unmasks it, L masks its whole layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadRolesModel</name>
    <message>
        <source>Layer %1, head %2: %3 under the current thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value sink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prev. token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy frac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rule that holds: induction, previous-token, sink, broad, local, else mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean attention of queries after the first to the first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first token&apos;s share of value-weighted attention (low: a no-op sink)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean attention to the previous token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the [BOS] R R probe: attention to the token after the earlier copy (– without a probe run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention within two positions of the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy relative to uniform over the keys a query can see (1 = uniform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean entropy of a query&apos;s attention, in nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position receiving the most attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean attention that position receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logit attr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct logit attribution: what the head writes into the predicted token&apos;s logit at the last position, through the final norm frozen at the run&apos;s value (red: up, blue: down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadRolesTable</name>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: role, “L2 H1” or “2:1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role thresholds (first rule that holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>induction ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prev. token ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sink ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broad: entropy frac. ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No scores yet.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 heads: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n head(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run a text first (or loosen the filters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, first rule that holds: induction ≥ %1, previous token ≥ %2, sink ≥ %3, broad when entropy fraction ≥ %4, local ≥ %5, else mixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadView</name>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer whose heads are drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B → A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A → A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines from one sentence&apos;s queries to one sentence&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens · weights ≥ %2 drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, all %2 heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Layer %1, %n head(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, after − before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, norm-weighted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadViewCanvas</name>
    <message>
        <source>Run a text to see its attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after − before  (red: more, blue: less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head view lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines from each query token to the keys it attends to. Up and Down select a token, Left and Right its query or its key, Escape shows every line again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImageDrop</name>
    <message>
        <source>Drop an
image here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vision model takes an image: drop a PNG or JPEG file here or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as an image (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImageHeatOverlay</name>
    <message>
        <source>No image to overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, registers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, brightest patch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImportanceView</name>
    <message>
        <source>Ablation: Δloss when the head alone is masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient: |∂loss/∂mask|, one backward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask and re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least important heads (outlined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Compute to measure every head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mask the %n least important heads</source>
        <translation>
            <numerusform>Mask the %n least important head</numerusform>
            <numerusform>Mask the %n least important heads</numerusform>
        </translation>
    </message>
    <message>
        <source>Ablation: Δloss when each head alone is masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient estimate: |∂loss/∂mask| per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No %1 result yet.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Load a model and run an input first.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|∂loss/∂mask|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: %1, unmasked %2. Red: the model does worse without the head; blue: better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: %1, unmasked %2. Masking moves the multiplier from 1 to 0, so −∂loss/∂mask estimates the ablation to first order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss change when each head alone is masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient estimate |∂loss/∂mask|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the head importance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::InputPanel</name>
    <message>
        <source>Type a text, then press Ctrl+Return to run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second &amp;sentence (sentence pair):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a second sentence, encoded as segment B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens appear here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; the views keep their previous results (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the model on this input (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1:0, 2:3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads whose output is zeroed, as layer:head pairs counted from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again with the masked heads and compare with the plain run (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokenizer failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by the tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 · id %2
%3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model to run a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or drop an image to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model folder has no tokenizer, so text cannot be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokenizer could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a text to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 tokens, but this model takes at most %2. Shorten the text to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross (decoder → source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which attention the views show: the encoder&apos;s over the source, the decoder&apos;s over the target, or the decoder&apos;s attention over the source (cross-attention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads whose output is zeroed: enc:L:H, dec:L:H or cross:L:H, counted from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target (the decoder&apos;s text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what the decoder reads; empty runs its start token alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. enc:1:0, cross:2:3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ModelView</name>
    <message>
        <source>Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing model view thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some thumbnails failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing thumbnails %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 layers × %2 heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, after − before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ModelViewCanvas</name>
    <message>
        <source>Click: select the head · Right-click or Ctrl+click: mask or unmask it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a text to see every head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 · Head %2 · masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 · Head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model view heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every head as a small attention map. Arrow keys select a head, Space masks or unmasks it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::PositionChart</name>
    <message>
        <source>Token %1 “%2”: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::PredictionPanel</name>
    <message>
        <source>How far each position&apos;s prediction moved (KL divergence, nats) — click a bar to select it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KLᵢ = Σᵥ Pᵢ(v) · (ln Pᵢ(v) − ln Qᵢ(v)), with P the prediction at position i before masking and Q after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a text to see what the model predicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no prediction head (language-model or classifier), so there is nothing to predict. The attention views still show every head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely classes of the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next token after “%1” (token %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted token at position %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a token to see what the model predicts after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a token to see what the model predicts there; a [MASK] token is chosen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 · logit %2 · probability %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
before masking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before · no heads masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After · masked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean next-token cross-entropy on the input: L = −1/(N−1) · Σᵢ ln p(xᵢ₊₁ | x₁…xᵢ), in nats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean cross-entropy of each input token at its own position: L = −1/N · Σᵢ ln p(xᵢ | x), in nats (a masked LM reconstructing its input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL divergence of the class distribution after masking: &lt;b&gt;%1&lt;/b&gt; nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on the input: &lt;b&gt;%1&lt;/b&gt; nats (perplexity %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on the input: %1 → &lt;b&gt;%2&lt;/b&gt; nats (&lt;span style=&quot;color:%3&quot;&gt;%4%5&lt;/span&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, largest at token %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean KL %1 nats%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logits at this position are NaN or infinite, so there is nothing to rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no prediction head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL divergence per position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model outputs an image embedding of %1 values, not class scores, so there is nothing to rank. The attention views still show every head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model outputs an embedding, not predictions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::QueryKeyEmbeddingView</name>
    <message>
        <source>Colour by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query / key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention of selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a density image instead of points (2D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed in three dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to key “%1” (input %2, position %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from query “%1” (input %2, position %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: 1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is embedded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::QueryKeyMatrixView</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query–key embeddings of every head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding, %1 % done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, head %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No head is embedded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::SelectionModel</name>
    <message>
        <source>Mask all heads of layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask head %1%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmask head %1%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::SinkView</name>
    <message>
        <source>Sink score: mean attention to the first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a head to select it in every view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention received (sum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden-state norm ‖h‖ per token (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖h‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention received by each token, summed over heads and queries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Run a model to see where its attention piles up.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 heads&lt;/b&gt; put at least half their attention on the first token (mean sink score %3). Strongest: &lt;b&gt;L%4 H%5&lt;/b&gt;, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, of which %1 survives value weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No massive activations (norm &amp;gt; %1× the layer median).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n massive activation(s)&lt;/b&gt; (norm &amp;gt; %1× the layer median).</source>
        <translation>
            <numerusform>&lt;b&gt;%n massive activation&lt;/b&gt; (norm &amp;gt; %1× the layer median).</numerusform>
            <numerusform>&lt;b&gt;%n massive activations&lt;/b&gt; (norm &amp;gt; %1× the layer median).</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 layers × %2 heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, %2 heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · token %2 “%3”: ‖h‖ = %4, %5× the layer median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token&apos;s norm exceeds %1× its layer&apos;s median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw attention, L%1 H%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value-weighted: values were not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value-weighted  A·‖v‖, rows renormalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, head %2: sink %3, value sink %4, top key %5 (“%6”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 layers × %2 heads, layer %3 head %4 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sink scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value-weighted attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw and value-weighted attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n register(s) receive &lt;b&gt;%1 %&lt;/b&gt; of all attention, the class token %2 %. </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TokenContextPanel</name>
    <message>
        <source>Click a point to see its input here, and its attention as lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at position %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TokenStrip</name>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the tokenizer splits the input. Left and Right select a token in every view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
