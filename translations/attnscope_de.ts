<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>LibraryVersions</name>
    <message numerus="yes">
        <source>available (%n device(s))</source>
        <translation>
            <numerusform>verfügbar (%n Gerät)</numerusform>
            <numerusform>verfügbar (%n Geräte)</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>LibTorch threads</source>
        <translation>LibTorch-Threads</translation>
    </message>
    <message>
        <source>OpenMP threads</source>
        <translation>OpenMP-Threads</translation>
    </message>
</context>
<context>
    <name>attnscope::app::AboutDialog</name>
    <message>
        <source>About AttnScope</source>
        <translation>Über AttnScope</translation>
    </message>
    <message>
        <source>AttnScope %1</source>
        <translation>AttnScope %1</translation>
    </message>
    <message>
        <source>Looks inside transformer models: how every layer and head attends, which heads matter, and what changes when heads are masked.</source>
        <translation>Blickt in Transformer-Modelle: worauf jede Schicht und jeder Kopf achtet, welche Köpfe wichtig sind und was sich ändert, wenn Köpfe maskiert werden.</translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmptyState</name>
    <message>
        <source>Open a model folder or drag one here</source>
        <translation>Öffnen Sie einen Modellordner oder ziehen Sie ihn hierher</translation>
    </message>
    <message>
        <source>A model folder holds a Hugging Face model: config.json, one or more *.safetensors files and tokenizer.json. Once it is open, type a text and press Ctrl+Return to see how every layer and head attends.</source>
        <translation>Ein Modellordner enthält ein Hugging-Face-Modell: config.json, eine oder mehrere *.safetensors-Dateien und tokenizer.json. Sobald er geöffnet ist, geben Sie einen Text ein und drücken Strg+Eingabe, um zu sehen, worauf jede Schicht und jeder Kopf achtet.</translation>
    </message>
    <message>
        <source>Open Model Folder…</source>
        <translation>Modellordner öffnen…</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ErrorReporter</name>
    <message>
        <source>%1

Where: %2</source>
        <comment>error dialog: the problem, then the file, tensor or key</comment>
        <translation>%1

Ort: %2</translation>
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
        <translation>&amp;Demos</translation>
    </message>
    <message>
        <source>No demos yet</source>
        <translation>Noch keine Demos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Model Folder…</source>
        <translation>Modellordner &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>Abbildung &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Mask All Heads in Layer</source>
        <translation>Alle Köpfe der Schicht &amp;maskieren</translation>
    </message>
    <message>
        <source>&amp;Invert Mask</source>
        <translation>Maske &amp;invertieren</translation>
    </message>
    <message>
        <source>&amp;Clear Mask</source>
        <translation>Maske &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run with &amp;Mask</source>
        <translation>Mit &amp;Maske ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About AttnScope</source>
        <translation>Über &amp;AttnScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 – AttnScope</source>
        <translation>%1 – AttnScope</translation>
    </message>
    <message>
        <source>Open Model Folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The new language applies the next time AttnScope starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von AttnScope.</translation>
    </message>
</context>
<context>
    <name>attnscope::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
    <message>
        <source>CUDA (not available)</source>
        <translation>CUDA (nicht verfügbar)</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Sprache (nach Neustart):</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
</context>
<context>
    <name>attnscope::app::RecentModels</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>attnscope::app::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running job; the views keep their previous results</source>
        <translation>Den laufenden Auftrag anhalten; die Ansichten behalten ihre bisherigen Ergebnisse</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ViewCatalog</name>
    <message>
        <source>Head View</source>
        <translation>Kopfansicht</translation>
    </message>
    <message>
        <source>Lines from each token to the tokens it attends to, one colour per head.</source>
        <translation>Linien von jedem Token zu den Tokens, auf die es achtet, eine Farbe pro Kopf.</translation>
    </message>
    <message>
        <source>Model View</source>
        <translation>Modellansicht</translation>
    </message>
    <message>
        <source>Every layer and head at a glance, as small attention maps.</source>
        <translation>Alle Schichten und Köpfe auf einen Blick, als kleine Aufmerksamkeitskarten.</translation>
    </message>
    <message>
        <source>Attention Map</source>
        <translation>Aufmerksamkeitskarte</translation>
    </message>
    <message>
        <source>The full attention matrix of the selected head.</source>
        <translation>Die vollständige Aufmerksamkeitsmatrix des gewählten Kopfes.</translation>
    </message>
    <message>
        <source>Query–Key Embeddings</source>
        <translation>Query-Key-Einbettungen</translation>
    </message>
    <message>
        <source>Queries and keys of the selected head, projected to 2D.</source>
        <translation>Queries und Keys des gewählten Kopfes, in 2D projiziert.</translation>
    </message>
    <message>
        <source>Attention Sinks</source>
        <translation>Aufmerksamkeitssenken</translation>
    </message>
    <message>
        <source>How much attention each head gives to the first token.</source>
        <translation>Wie viel Aufmerksamkeit jeder Kopf dem ersten Token schenkt.</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>The next-token predictions, and how masking heads changes them.</source>
        <translation>Die Vorhersagen für das nächste Token und wie das Maskieren von Köpfen sie verändert.</translation>
    </message>
    <message>
        <source>Appears once a model is open and has run.</source>
        <translation>Erscheint, sobald ein Modell geöffnet und ausgeführt wurde.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::SelectionModel</name>
    <message>
        <source>Mask head %1:%2</source>
        <translation>Kopf %1:%2 maskieren</translation>
    </message>
    <message>
        <source>Unmask head %1:%2</source>
        <translation>Maskierung von Kopf %1:%2 aufheben</translation>
    </message>
    <message>
        <source>Mask all heads of layer %1</source>
        <translation>Alle Köpfe von Schicht %1 maskieren</translation>
    </message>
    <message>
        <source>Invert mask</source>
        <translation>Maske invertieren</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>Maske leeren</translation>
    </message>
</context>
</TS>
