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
        <source>&amp;Device:</source>
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
        <source>Queries and keys of the selected head, projected to 2D.</source>
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
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next-token predictions, and how masking heads changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears once a model is open and has run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::SelectionModel</name>
    <message>
        <source>Mask head %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmask head %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
</TS>
