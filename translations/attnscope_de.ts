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
    <name>QObject</name>
    <message>
        <source>Capture: every layer&apos;s attention, residual norms and logits</source>
        <translation>Erfassung: Aufmerksamkeit, Residualnormen und Logits aller Schichten</translation>
    </message>
    <message>
        <source>The selected head&apos;s attention map</source>
        <translation>Aufmerksamkeitskarte des gewählten Kopfes</translation>
    </message>
    <message>
        <source>Head roles table</source>
        <translation>Tabelle der Kopfrollen</translation>
    </message>
    <message>
        <source>Attention sinks: sink scores, attention received, massive activations</source>
        <translation>Aufmerksamkeitssenken: Senkenwerte, erhaltene Aufmerksamkeit, massive Aktivierungen</translation>
    </message>
    <message>
        <source>Head importance</source>
        <translation>Kopfwichtigkeit</translation>
    </message>
    <message>
        <source>Query–key embedding: coordinates and tokens</source>
        <translation>Query-Key-Einbettung: Koordinaten und Tokens</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Führen Sie zuerst einen Text aus.</translation>
    </message>
    <message>
        <source>Compute the head importance first.</source>
        <translation>Berechnen Sie zuerst die Kopfwichtigkeit.</translation>
    </message>
    <message>
        <source>Nothing is embedded yet.</source>
        <translation>Noch ist nichts eingebettet.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>masked %1</source>
        <translation>maskiert %1</translation>
    </message>
    <message>
        <source>this view does not export figures</source>
        <translation>diese Ansicht exportiert keine Abbildungen</translation>
    </message>
    <message>
        <source>AttnScope</source>
        <translation>AttnScope</translation>
    </message>
    <message>
        <source>AttnScope did not close properly last time. Restore the work it saved automatically?</source>
        <translation>AttnScope wurde beim letzten Mal nicht ordnungsgemäß beendet. Die automatisch gesicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Layers × heads</source>
        <translation>Schichten × Köpfe</translation>
    </message>
    <message>
        <source>Weights / compute dtype</source>
        <translation>Datentyp der Gewichte / Berechnung</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>config.json SHA-256</source>
        <translation>SHA-256 von config.json</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s): </source>
        <translation>
            <numerusform>%n Token: </numerusform>
            <numerusform>%n Tokens: </numerusform>
        </translation>
    </message>
    <message>
        <source>No heads masked.</source>
        <translation>Keine Köpfe maskiert.</translation>
    </message>
    <message>
        <source>Masked heads (layer:head): %1</source>
        <translation>Maskierte Köpfe (Schicht:Kopf): %1</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Most likely classes of the image.</source>
        <translation>Wahrscheinlichste Klassen des Bildes.</translation>
    </message>
    <message>
        <source>At the last position (%1), the model&apos;s top ten candidates%2.</source>
        <translation>Die zehn besten Kandidaten des Modells%2 an der letzten Position (%1).</translation>
    </message>
    <message>
        <source> for the next token</source>
        <translation> für das nächste Token</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Probability with mask</source>
        <translation>Wahrscheinlichkeit mit Maske</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Probability without mask</source>
        <translation>Wahrscheinlichkeit ohne Maske</translation>
    </message>
    <message>
        <source>Loss on the input: %1 nats without the mask, %2 with it (%3). Mean KL divergence of the predictions %4 nats, largest %5 at position %6.</source>
        <translation>Loss auf der Eingabe: %1 Nats ohne Maske, %2 mit Maske (%3). Mittlere KL-Divergenz der Vorhersagen %4 Nats, am größten %5 an Position %6.</translation>
    </message>
    <message>
        <source>Loss on the input: %1 nats.</source>
        <translation>Loss auf der Eingabe: %1 Nats.</translation>
    </message>
    <message>
        <source>Head roles</source>
        <translation>Kopfrollen</translation>
    </message>
    <message>
        <source>Roles by the first rule that holds: induction ≥ %1, previous token ≥ %2, sink ≥ %3, broad when the entropy fraction ≥ %4, local ≥ %5, else mixed. Formulas: docs/metrics.md.</source>
        <translation>Rollen nach der ersten zutreffenden Regel: induction ≥ %1, previous-token ≥ %2, sink ≥ %3, broad bei relativer Entropie ≥ %4, local ≥ %5, sonst mixed. Formeln: docs/metrics.md.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Senke</translation>
    </message>
    <message>
        <source>Prev. token</source>
        <translation>Vorh. Token</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>Induktion</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Entropy frac.</source>
        <translation>Rel. Entropie</translation>
    </message>
    <message>
        <source>Top key</source>
        <translation>Top-Key</translation>
    </message>
    <message>
        <source>Attention sinks</source>
        <translation>Aufmerksamkeitssenken</translation>
    </message>
    <message>
        <source>%1 of %2 heads put at least half their attention on the first token (mean sink score %3). Strongest: layer %4, head %5 (%6). %7 massive activation(s) (residual norm over 10× its layer&apos;s median).</source>
        <translation>%1 von %2 Köpfen richten mindestens die Hälfte ihrer Aufmerksamkeit auf das erste Token (mittlerer Senkenwert %3). Am stärksten: Schicht %4, Kopf %5 (%6). %7 massive Aktivierung(en) (Residualnorm über 10× Median der Schicht).</translation>
    </message>
    <message>
        <source>AttnScope report: %1</source>
        <translation>AttnScope-Bericht: %1</translation>
    </message>
    <message>
        <source>Written %1 by AttnScope %2.</source>
        <translation>Erstellt am %1 mit AttnScope %2.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Abbildungen</translation>
    </message>
    <message>
        <source>Predictions: %1</source>
        <translation>Vorhersagen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation>Reproduzieren</translation>
    </message>
    <message>
        <source>This command opens the same model, runs the same input with the same mask and selects the same head:</source>
        <translation>Dieser Befehl öffnet dasselbe Modell, führt dieselbe Eingabe mit derselben Maske aus und wählt denselben Kopf:</translation>
    </message>
    <message>
        <source>Or open the saved session %1 (attnscope --session FILE).</source>
        <translation>Oder öffnen Sie die gespeicherte Sitzung %1 (attnscope --session FILE).</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Information flow: relevance matrices, the position&apos;s relevance and layered graph</source>
        <translation>Informationsfluss: Relevanzmatrizen, Relevanz der Position und geschichteter Graph</translation>
    </message>
    <message>
        <source>Open the Information Flow view first.</source>
        <translation>Öffnen Sie zuerst die Ansicht „Informationsfluss“.</translation>
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
    <name>attnscope::app::AnalysisSession</name>
    <message>
        <source>Scoring heads</source>
        <translation>Bewertung der Köpfe</translation>
    </message>
    <message>
        <source>Head importance (%1)</source>
        <translation>Kopfwichtigkeit (%1)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Terms of the logit of “%1” at position %2 (logit %3; the heads add up to %4, the MLPs to %5, embeddings and biases to %6)</source>
        <translation>Summanden des Logits von „%1“ an Position %2 (Logit %3; die Köpfe ergeben zusammen %4, die MLPs %5, Einbettungen und Biases %6)</translation>
    </message>
    <message>
        <source>Logit attribution</source>
        <translation>Logit-Attribution</translation>
    </message>
    <message>
        <source>no model is open</source>
        <translation>kein Modell geöffnet</translation>
    </message>
    <message>
        <source>Norm-weighted attention</source>
        <translation>Normgewichtete Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>Informationsfluss</translation>
    </message>
    <message>
        <source>Reading the input image</source>
        <translation>Eingabebild wird gelesen</translation>
    </message>
</context>
<context>
    <name>attnscope::app::DemoGuide</name>
    <message>
        <source>Choose a demo from the Demos menu: each one runs a prepared text on the bundled demo model and says what to look at.</source>
        <translation>Wählen Sie eine Demo im Menü „Demos“: Jede führt einen vorbereiteten Text mit dem mitgelieferten Demomodell aus und erklärt, worauf zu achten ist.</translation>
    </message>
    <message>
        <source>Demo %1 of %2</source>
        <translation>Demo %1 von %2</translation>
    </message>
    <message>
        <source>Run with Mask %1</source>
        <translation>Mit Maske %1 ausführen</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Demo %1 of %2 · step %3 of %4</source>
        <translation>Demo %1 von %2 · Schritt %3 von %4</translation>
    </message>
    <message>
        <source>Next step ›</source>
        <translation>Nächster Schritt ›</translation>
    </message>
    <message>
        <source>Next demo ›</source>
        <translation>Nächste Demo ›</translation>
    </message>
    <message>
        <source>Next (→ or PageDown in presenter mode)</source>
        <translation>Weiter (→ oder Bild ab im Präsentationsmodus)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmbeddingDock</name>
    <message>
        <source>Current input</source>
        <translation>Aktuelle Eingabe</translation>
    </message>
    <message>
        <source>Demo corpus</source>
        <translation>Demo-Korpus</translation>
    </message>
    <message>
        <source>Demo-model texts</source>
        <translation>Texte des Demomodells</translation>
    </message>
    <message>
        <source>Corpus file…</source>
        <translation>Korpusdatei…</translation>
    </message>
    <message>
        <source>Whose queries and keys are embedded: the input just run, or every line of a corpus</source>
        <translation>Wessen Queries und Keys eingebettet werden: die gerade ausgeführte Eingabe oder jede Zeile eines Korpus</translation>
    </message>
    <message>
        <source>PCA is instant; t-SNE and UMAP keep neighbourhoods and refine while you watch</source>
        <translation>PCA ist sofort fertig; t-SNE und UMAP erhalten Nachbarschaften und verfeinern sich, während Sie zusehen</translation>
    </message>
    <message>
        <source>All heads</source>
        <translation>Alle Köpfe</translation>
    </message>
    <message>
        <source>Every head of the model as a small embedding; click one to open it</source>
        <translation>Jeder Kopf des Modells als kleine Einbettung; zum Öffnen einen anklicken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Points from</source>
        <translation>Punkte aus</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>Text files, one input per line (*.txt);;All files (*)</source>
        <translation>Textdateien, eine Eingabe pro Zeile (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The query–key embedding needs OpenGL, which this display does not offer. The all-heads matrix still works; for the embedding, run AttnScope on a desktop or under Xvfb.</source>
        <translation>Die Query-Key-Einbettung benötigt OpenGL, das diese Anzeige nicht bietet. Die Matrix aller Köpfe funktioniert weiterhin; für die Einbettung führen Sie AttnScope auf einem Desktop oder unter Xvfb aus.</translation>
    </message>
    <message>
        <source>the query–key embedding needs OpenGL (on a machine without a display, run under Xvfb); the all-heads matrix (--matrix) does not</source>
        <translation>die Query-Key-Einbettung benötigt OpenGL (auf einem Rechner ohne Anzeige unter Xvfb ausführen); die Matrix aller Köpfe (--matrix) nicht</translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmbeddingSession</name>
    <message>
        <source>Open a model first.</source>
        <translation>Öffnen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>demo corpus</source>
        <translation>Demo-Korpus</translation>
    </message>
    <message>
        <source>demo-model texts</source>
        <translation>Texte des Demomodells</translation>
    </message>
    <message>
        <source>up to %1 MB</source>
        <translation>bis zu %1 MB</translation>
    </message>
    <message numerus="yes">
        <source>capturing %n input(s), %1…</source>
        <translation>
            <numerusform>%n Eingabe wird erfasst, %1…</numerusform>
            <numerusform>%n Eingaben werden erfasst, %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Corpus capture cancelled.</source>
        <translation>Erfassung des Korpus abgebrochen.</translation>
    </message>
    <message>
        <source>Capturing %1</source>
        <translation>Erfassung: %1</translation>
    </message>
    <message numerus="yes">
        <source>embedding %n point(s)…</source>
        <translation>
            <numerusform>%n Punkt wird eingebettet…</numerusform>
            <numerusform>%n Punkte werden eingebettet…</numerusform>
        </translation>
    </message>
    <message>
        <source>current input</source>
        <translation>aktuelle Eingabe</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n input(s)</source>
        <translation>
            <numerusform>%1: %n Eingabe</numerusform>
            <numerusform>%1: %n Eingaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 points · %3 s</source>
        <translation>%1 · %2 Punkte · %3 s</translation>
    </message>
    <message>
        <source> · UMAP of %1 landmarks, the other points placed among them</source>
        <translation> · UMAP aus %1 Ankerpunkten, die übrigen Punkte zwischen ihnen platziert</translation>
    </message>
    <message>
        <source> · %1 MB of vectors</source>
        <translation> · %1 MB Vektoren</translation>
    </message>
    <message>
        <source>Embedding cancelled.</source>
        <translation>Einbettung abgebrochen.</translation>
    </message>
    <message>
        <source>Embedding %1</source>
        <translation>Einbettung: %1</translation>
    </message>
    <message>
        <source>Matrix cancelled.</source>
        <translation>Matrix abgebrochen.</translation>
    </message>
    <message>
        <source>Embedding every head</source>
        <translation>Einbettung aller Köpfe</translation>
    </message>
    <message>
        <source>layer %1 · head %2 · %3</source>
        <translation>Schicht %1 · Kopf %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2 points · from the saved session</source>
        <translation>%1 · %2 Punkte · aus der gespeicherten Sitzung</translation>
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
    <name>attnscope::app::ExportActions</name>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportDataDialog</name>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert werden soll</translation>
    </message>
    <message>
        <source>Data files (*.safetensors *.csv *.json *.npy)</source>
        <translation>Datendateien (*.safetensors *.csv *.json *.npy)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportFigureDialog</name>
    <message>
        <source>Transparent background</source>
        <translation>Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG vector graphics</source>
        <translation>SVG-Vektorgrafik</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>from the DPI</source>
        <translation>nach DPI</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>or width</source>
        <translation>oder Breite</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation>Teilbild:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>PNG size:</source>
        <translation>PNG-Größe:</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>Untertitel:</translation>
    </message>
    <message>
        <source>The whole view</source>
        <translation>Die ganze Ansicht</translation>
    </message>
    <message>
        <source>All panels</source>
        <translation>Alle Teilbilder</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector graphics (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Vektorgrafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Figures to include</source>
        <translation>Aufzunehmende Abbildungen</translation>
    </message>
    <message>
        <source>HTML: one self-contained file with vector figures, for a browser. PDF: A4 pages with vector figures, for print. The model, input, predictions, head roles, sinks, versions and the command that reproduces it are always included.</source>
        <translation>HTML: eine eigenständige Datei mit Vektorabbildungen, für den Browser. PDF: A4-Seiten mit Vektorabbildungen, für den Druck. Modell, Eingabe, Vorhersagen, Kopfrollen, Senken, Versionen und der Befehl zum Reproduzieren sind immer enthalten.</translation>
    </message>
    <message>
        <source>Reports (*.html *.pdf)</source>
        <translation>Berichte (*.html *.pdf)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::GuidedTour</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>Rundgang überspringen</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>Tour: %1 of %2</source>
        <translation>Rundgang: %1 von %2</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>attnscope::app::HuggingFaceCacheDialog</name>
    <message>
        <source>Open from Hugging Face Cache</source>
        <translation>Aus dem Hugging-Face-Cache öffnen</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>No models were found in %1. Download one with `huggingface-cli download ORG/NAME`, or open a model folder instead.</source>
        <translation>In %1 wurden keine Modelle gefunden. Laden Sie eines mit `huggingface-cli download ORG/NAME` herunter oder öffnen Sie stattdessen einen Modellordner.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in %1</source>
        <translation>
            <numerusform>%n Modell in %1</numerusform>
            <numerusform>%n Modelle in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::app::JobRunner</name>
    <message>
        <source>Out of memory (%1 available). Try a shorter input, a smaller model or a lower precision.</source>
        <translation>Nicht genügend Speicher (%1 verfügbar). Versuchen Sie eine kürzere Eingabe, ein kleineres Modell oder eine geringere Genauigkeit.</translation>
    </message>
    <message>
        <source>The work stopped with an error that carries no message.</source>
        <translation>Die Arbeit wurde durch einen Fehler ohne Meldung abgebrochen.</translation>
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
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
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
    <message>
        <source>Open from Hugging &amp;Face Cache…</source>
        <translation>Aus dem Hugging-&amp;Face-Cache öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>&amp;Sitzung öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>Sitzung s&amp;peichern</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>&amp;Daten exportieren…</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>%1 exportieren…</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>The view in front fills the screen with large fonts, the Demo Guide below it; → and PageDown step through the demos</source>
        <translation>Die vordere Ansicht füllt den Bildschirm in großer Schrift, der Demo-Leitfaden darunter; → und Bild ab gehen durch die Demos</translation>
    </message>
    <message>
        <source>&amp;Next Demo Step</source>
        <translation>&amp;Nächster Demo-Schritt</translation>
    </message>
    <message>
        <source>&amp;Previous Demo Step</source>
        <translation>&amp;Vorheriger Demo-Schritt</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>&amp;Rundgang</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ModelInfoPanel</name>
    <message>
        <source>No model is open. Open a model folder (File › Open Model Folder…) or pick one from the Hugging Face cache.</source>
        <translation>Kein Modell geöffnet. Öffnen Sie einen Modellordner (Datei › Modellordner öffnen…) oder wählen Sie eines aus dem Hugging-Face-Cache.</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Layers × heads</source>
        <translation>Schichten × Köpfe</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>Kopfdimension</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Verborgene Dimension</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>Max positions</source>
        <translation>Max. Positionen</translation>
    </message>
    <message>
        <source>Weights on disk</source>
        <translation>Gewichte auf Datenträger</translation>
    </message>
    <message>
        <source>Computes in</source>
        <translation>Rechnet in</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>%1 (model_type %2)</source>
        <translation>%1 (model_type %2)</translation>
    </message>
    <message>
        <source>vision (image patches)</source>
        <translation>Bildmodell (Bild-Patches)</translation>
    </message>
    <message>
        <source>causal language model (each token sees earlier ones)</source>
        <translation>kausales Sprachmodell (jedes Token sieht die früheren)</translation>
    </message>
    <message>
        <source>bidirectional encoder (each token sees all)</source>
        <translation>bidirektionaler Encoder (jedes Token sieht alle)</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 key/value heads)</source>
        <translation>%1 × %2 (%3 Key/Value-Köpfe)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>none (image model)</source>
        <translation>keiner (Bildmodell)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>no limit (relative positions)</source>
        <translation>keine Grenze (relative Positionen)</translation>
    </message>
    <message>
        <source>encoder %1 × %2, decoder %3 × %4</source>
        <translation>Encoder %1 × %2, Decoder %3 × %4</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ModelSession</name>
    <message>
        <source>Layer %1 / %2</source>
        <translation>Schicht %1 / %2</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>Öffnen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>Choose an image: this model reads images.</source>
        <translation>Wählen Sie ein Bild: Dieses Modell verarbeitet Bilder.</translation>
    </message>
    <message>
        <source>This model folder has no tokenizer, so text cannot be run.</source>
        <translation>Dieser Modellordner enthält keinen Tokenizer, daher kann kein Text ausgeführt werden.</translation>
    </message>
    <message>
        <source>The tokenizer could not be loaded: %1</source>
        <translation>Der Tokenizer konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <source>The text has no tokens.</source>
        <translation>Der Text enthält keine Tokens.</translation>
    </message>
    <message>
        <source>The text has %1 tokens, but this model takes at most %2.</source>
        <translation>Der Text hat %1 Tokens, dieses Modell verarbeitet aber höchstens %2.</translation>
    </message>
    <message>
        <source>Run with mask failed</source>
        <translation>Ausführung mit Maske fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Ausführung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Running with mask %1</source>
        <translation>Ausführung mit Maske %1</translation>
    </message>
    <message>
        <source>The run produced NaN or infinity</source>
        <translation>Die Ausführung hat NaN oder Unendlich ergeben</translation>
    </message>
    <message>
        <source>%1. The views show them as empty cells and “–”.</source>
        <translation>%1. Die Ansichten zeigen diese Werte als leere Zellen und „–“.</translation>
    </message>
    <message>
        <source>The target text has no tokens.</source>
        <translation>Der Zieltext hat keine Tokens.</translation>
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
        <source>float32 matches the reference numbers; bfloat16 and float16 halve the memory</source>
        <translation>float32 entspricht den Referenzwerten; bfloat16 und float16 halbieren den Speicherbedarf</translation>
    </message>
    <message>
        <source>&amp;Device (next model opened):</source>
        <translation>&amp;Gerät (für das nächste geöffnete Modell):</translation>
    </message>
    <message>
        <source>&amp;Compute in (next model opened):</source>
        <translation>&amp;Rechnen in (für das nächste geöffnete Modell):</translation>
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
    <name>attnscope::app::SessionController</name>
    <message>
        <source>Save Session failed</source>
        <translation>Speichern der Sitzung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>AttnScope sessions (*.attnscope)</source>
        <translation>AttnScope-Sitzungen (*.attnscope)</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>AttnScope sessions (*.attnscope);;All files (*)</source>
        <translation>AttnScope-Sitzungen (*.attnscope);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Session failed</source>
        <translation>Öffnen der Sitzung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The model folder of this session is gone:
%1

Choose where the model is now.</source>
        <translation>Der Modellordner dieser Sitzung ist nicht mehr vorhanden:
%1

Wählen Sie aus, wo sich das Modell jetzt befindet.</translation>
    </message>
    <message>
        <source>Where is the model now?</source>
        <translation>Wo befindet sich das Modell jetzt?</translation>
    </message>
    <message>
        <source>The model&apos;s config.json has changed since the session was saved; the numbers may differ from the saved ones.</source>
        <translation>Die config.json des Modells hat sich seit dem Speichern der Sitzung geändert; die Zahlen können von den gespeicherten abweichen.</translation>
    </message>
    <message>
        <source>The model&apos;s weight files have changed since the session was saved.</source>
        <translation>Die Gewichtsdateien des Modells haben sich seit dem Speichern der Sitzung geändert.</translation>
    </message>
    <message>
        <source>Mask from the session</source>
        <translation>Maske aus der Sitzung</translation>
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
    <name>attnscope::app::UserGuideDialog</name>
    <message>
        <source>AttnScope User Guide</source>
        <translation>AttnScope-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Back to the guide&apos;s contents</source>
        <translation>Zurück zum Inhaltsverzeichnis des Handbuchs</translation>
    </message>
    <message>
        <source>AttnScope&apos;s resources were not found, so neither is its user guide. Set ATTNSCOPE_RESOURCES to the folder that holds demos.json and user-guide/.</source>
        <translation>Die Ressourcen von AttnScope wurden nicht gefunden, also auch nicht das Benutzerhandbuch. Setzen Sie ATTNSCOPE_RESOURCES auf den Ordner, der demos.json und user-guide/ enthält.</translation>
    </message>
    <message>
        <source>The user guide is not installed: %1 is missing. It comes with AttnScope in share/attnscope/user-guide; reinstalling AttnScope brings it back.</source>
        <translation>Das Benutzerhandbuch ist nicht installiert: %1 fehlt. Es wird mit AttnScope in share/attnscope/user-guide installiert; eine Neuinstallation von AttnScope stellt es wieder her.</translation>
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
        <source>Attention Sinks</source>
        <translation>Aufmerksamkeitssenken</translation>
    </message>
    <message>
        <source>How much attention each head gives to the first token.</source>
        <translation>Wie viel Aufmerksamkeit jeder Kopf dem ersten Token schenkt.</translation>
    </message>
    <message>
        <source>Head Mask</source>
        <translation>Kopfmaske</translation>
    </message>
    <message>
        <source>Click heads to mask them, then Run with Mask.</source>
        <translation>Köpfe zum Maskieren anklicken, dann „Mit Maske ausführen“.</translation>
    </message>
    <message>
        <source>Head Roles</source>
        <translation>Kopfrollen</translation>
    </message>
    <message>
        <source>Every head&apos;s scores and the role they suggest.</source>
        <translation>Die Kennwerte jedes Kopfes und die Rolle, auf die sie hindeuten.</translation>
    </message>
    <message>
        <source>Head Importance</source>
        <translation>Kopfwichtigkeit</translation>
    </message>
    <message>
        <source>How much the loss changes when each head is masked.</source>
        <translation>Wie stark sich der Loss ändert, wenn jeweils ein Kopf maskiert wird.</translation>
    </message>
    <message>
        <source>Queries and keys of the selected head, laid out in 2D or 3D by PCA, t-SNE or UMAP.</source>
        <translation>Queries und Keys des gewählten Kopfes, mit PCA, t-SNE oder UMAP in 2D oder 3D angeordnet.</translation>
    </message>
    <message>
        <source>Information Flow</source>
        <translation>Informationsfluss</translation>
    </message>
    <message>
        <source>Where each position&apos;s information comes from across all layers: attention rollout and attention flow beside raw attention, per token or over the image, with the layered graph.</source>
        <translation>Woher die Information jeder Position über alle Schichten hinweg stammt: Aufmerksamkeits-Rollout und Aufmerksamkeitsfluss neben der rohen Aufmerksamkeit, pro Token oder über dem Bild, mit geschichtetem Graphen.</translation>
    </message>
    <message>
        <source>&amp;Go to View</source>
        <translation>&amp;Gehe zu Ansicht</translation>
    </message>
</context>
<context>
    <name>attnscope::app::Workspace</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Demo Guide</source>
        <translation>Demo-Leitfaden</translation>
    </message>
    <message>
        <source>%1 tokens in its vocabulary</source>
        <translation>%1 Tokens im Vokabular</translation>
    </message>
    <message>
        <source>none needed (the input is an image)</source>
        <translation>keiner nötig (die Eingabe ist ein Bild)</translation>
    </message>
    <message>
        <source>none found: text cannot be run</source>
        <translation>keiner gefunden: Text kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>failed to load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Demo mask %1</source>
        <translation>Demo-Maske %1</translation>
    </message>
    <message>
        <source>--image failed</source>
        <translation>--image fehlgeschlagen</translation>
    </message>
    <message>
        <source>--mask failed</source>
        <translation>--mask fehlgeschlagen</translation>
    </message>
    <message>
        <source>No model is open to run with a mask.</source>
        <translation>Es ist kein Modell geöffnet, das mit einer Maske ausgeführt werden könnte.</translation>
    </message>
    <message>
        <source>Mask %1</source>
        <translation>Maske %1</translation>
    </message>
    <message>
        <source>--layer failed</source>
        <translation>--layer fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>The model has %n layer(s), numbered from 0.</source>
        <translation>
            <numerusform>Das Modell hat %n Schicht, nummeriert ab 0.</numerusform>
            <numerusform>Das Modell hat %n Schichten, nummeriert ab 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>--head failed</source>
        <translation>--head fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>The model has %n head(s) per layer, numbered from 0.</source>
        <translation>
            <numerusform>Das Modell hat %n Kopf pro Schicht, nummeriert ab 0.</numerusform>
            <numerusform>Das Modell hat %n Köpfe pro Schicht, nummeriert ab 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>--corpus failed</source>
        <translation>--corpus fehlgeschlagen</translation>
    </message>
    <message>
        <source>No model is open to capture the corpus with.</source>
        <translation>Es ist kein Modell geöffnet, mit dem das Korpus erfasst werden könnte.</translation>
    </message>
    <message>
        <source>--token failed</source>
        <translation>--token fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>The input has %n token(s), numbered from 0.</source>
        <translation>
            <numerusform>Die Eingabe hat %n Token, nummeriert ab 0.</numerusform>
            <numerusform>Die Eingabe hat %n Tokens, nummeriert ab 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Query-key embedding failed</source>
        <translation>Query-Key-Einbettung fehlgeschlagen</translation>
    </message>
    <message>
        <source>--importance failed</source>
        <translation>--importance fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run a text first: the sweep measures the input.</source>
        <translation>Führen Sie zuerst einen Text aus: Die Messreihe wird auf der Eingabe durchgeführt.</translation>
    </message>
    <message>
        <source>No such corpus file or folder.</source>
        <translation>Korpusdatei oder -ordner nicht gefunden.</translation>
    </message>
    <message>
        <source>Your input</source>
        <translation>Ihre Eingabe</translation>
    </message>
    <message>
        <source>Type or paste a text here (an image for vision models) and press &lt;b&gt;Run&lt;/b&gt; (Ctrl+Return). Every view then shows how this input was attended.</source>
        <translation>Geben Sie hier einen Text ein oder fügen Sie ihn ein (bei Bildmodellen ein Bild) und drücken Sie &lt;b&gt;Ausführen&lt;/b&gt; (Strg+Eingabe). Jede Ansicht zeigt dann, wie auf diese Eingabe geachtet wurde.</translation>
    </message>
    <message>
        <source>The token strip</source>
        <translation>Die Tokenleiste</translation>
    </message>
    <message>
        <source>How the model&apos;s tokenizer splits your text, updated as you type. Click a token to select it: every view highlights it.</source>
        <translation>Wie der Tokenizer des Modells Ihren Text zerlegt, aktualisiert beim Tippen. Klicken Sie auf ein Token, um es auszuwählen: Jede Ansicht hebt es hervor.</translation>
    </message>
    <message>
        <source>Head view</source>
        <translation>Kopfansicht</translation>
    </message>
    <message>
        <source>Lines from each query token (left) to the keys it attends to (right), one colour per head, thicker for more attention. Point at a token to see only its lines.</source>
        <translation>Linien von jedem Abfrage-Token (links) zu den Schlüsseln, auf die es achtet (rechts), eine Farbe pro Kopf, dicker für mehr Aufmerksamkeit. Zeigen Sie auf ein Token, um nur seine Linien zu sehen.</translation>
    </message>
    <message>
        <source>Model view</source>
        <translation>Modellansicht</translation>
    </message>
    <message>
        <source>Every head of every layer at once, as small maps. Click one to select it in all views; right-click (or Ctrl+click) to mask it.</source>
        <translation>Alle Köpfe aller Schichten auf einmal, als kleine Karten. Klicken Sie einen an, um ihn in allen Ansichten auszuwählen; Rechtsklick (oder Strg+Klick) maskiert ihn.</translation>
    </message>
    <message>
        <source>Masking heads</source>
        <translation>Köpfe maskieren</translation>
    </message>
    <message>
        <source>Heads to switch off, as &lt;i&gt;layer:head&lt;/i&gt; pairs (0-based), e.g. &lt;b&gt;1:0&lt;/b&gt;. &lt;b&gt;Run with Mask&lt;/b&gt; (Ctrl+Shift+Return) runs again without them and shows before and after.</source>
        <translation>Abzuschaltende Köpfe als Paare &lt;i&gt;Schicht:Kopf&lt;/i&gt; (ab 0 gezählt), z. B. &lt;b&gt;1:0&lt;/b&gt;. &lt;b&gt;Mit Maske ausführen&lt;/b&gt; (Strg+Umschalt+Eingabe) führt ohne sie erneut aus und zeigt vorher und nachher.</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>The model&apos;s most likely next tokens for the selected position, and after a masked run, how they changed.</source>
        <translation>Die wahrscheinlichsten nächsten Tokens des Modells an der ausgewählten Position und, nach einem Lauf mit Maske, wie sie sich verändert haben.</translation>
    </message>
    <message>
        <source>Attention sinks</source>
        <translation>Aufmerksamkeitssenken</translation>
    </message>
    <message>
        <source>Which tokens receive attention no matter what the query is (often the first token), and how much of it each head parks there.</source>
        <translation>Welche Tokens Aufmerksamkeit erhalten, egal was die Abfrage ist (oft das erste Token), und wie viel davon jeder Kopf dort abstellt.</translation>
    </message>
    <message>
        <source>Query–key embeddings</source>
        <translation>Query-Key-Einbettungen</translation>
    </message>
    <message>
        <source>The queries and keys of a head as points in 2-D or 3-D (PCA, t-SNE, UMAP): queries land near the keys they attend to.</source>
        <translation>Die Abfragen und Schlüssel eines Kopfes als Punkte in 2D oder 3D (PCA, t-SNE, UMAP): Abfragen landen nahe bei den Schlüsseln, auf die sie achten.</translation>
    </message>
    <message>
        <source>Demos and help</source>
        <translation>Demos und Hilfe</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Demos&lt;/b&gt; menu holds prepared lessons on the bundled model, and &lt;b&gt;View › Presenter Mode&lt;/b&gt; (F5) shows them in a lecture hall. &lt;b&gt;Help › Guided Tour&lt;/b&gt; brings this tour back.</source>
        <translation>Das Menü &lt;b&gt;Demos&lt;/b&gt; enthält vorbereitete Lektionen zum mitgelieferten Modell, und &lt;b&gt;Ansicht › Präsentationsmodus&lt;/b&gt; (F5) zeigt sie im Hörsaal. &lt;b&gt;Hilfe › Rundgang&lt;/b&gt; zeigt diesen Rundgang erneut.</translation>
    </message>
    <message>
        <source>self-attention only</source>
        <translation>nur Selbstaufmerksamkeit</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>Decoder</translation>
    </message>
    <message>
        <source>cross-attention</source>
        <translation>Kreuzaufmerksamkeit</translation>
    </message>
    <message>
        <source>--on-image failed</source>
        <translation>--on-image fehlgeschlagen</translation>
    </message>
    <message>
        <source>The attention map shows no image: run an image through a vision model first.</source>
        <translation>Die Aufmerksamkeitskarte zeigt kein Bild: Lassen Sie zuerst ein Bild durch ein Bildmodell laufen.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::AttentionMapCanvas</name>
    <message>
        <source>Δ weight</source>
        <translation>Δ Gewicht</translation>
    </message>
    <message>
        <source>Mean weight</source>
        <translation>Mittleres Gewicht</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Query %1  “%2”
Key %3  “%4”
%5  %6</source>
        <translation>Query %1  „%2“
Key %3  „%4“
%5  %6</translation>
    </message>
    <message>
        <source>Run a text to see its attention map</source>
        <translation>Führen Sie einen Text aus, um seine Aufmerksamkeitskarte zu sehen</translation>
    </message>
    <message>
        <source>keys →</source>
        <translation>Keys →</translation>
    </message>
    <message>
        <source>queries ↓</source>
        <translation>Queries ↓</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Attention map</source>
        <translation>Aufmerksamkeitskarte</translation>
    </message>
    <message>
        <source>Attention weights of the selected head, queries down and keys across. Up and Down select a query row, plus and minus zoom, 0 fits the map.</source>
        <translation>Aufmerksamkeitsgewichte des ausgewählten Kopfes, Abfragen nach unten, Schlüssel nach rechts. Auf und Ab wählen eine Abfragezeile, Plus und Minus zoomen, 0 passt die Karte ein.</translation>
    </message>
    <message>
        <source>keys (source) →</source>
        <translation>Schlüssel (Quelle) →</translation>
    </message>
    <message>
        <source>queries (target) ↓</source>
        <translation>Anfragen (Ziel) ↓</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::AttentionMapView</name>
    <message>
        <source>Mean of heads</source>
        <translation>Mittel der Köpfe</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Log scale shows weights from 10⁻⁴ to 1</source>
        <translation>Die logarithmische Skala zeigt Gewichte von 10⁻⁴ bis 1</translation>
    </message>
    <message>
        <source>Show the mean over the layer&apos;s heads instead of the focused head</source>
        <translation>Den Mittelwert über die Köpfe der Schicht statt des fokussierten Kopfes zeigen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole map (double-click the map does the same)</source>
        <translation>Die ganze Karte zeigen (ein Doppelklick auf die Karte bewirkt dasselbe)</translation>
    </message>
    <message>
        <source>rendering attention map tiles</source>
        <translation>Kacheln der Aufmerksamkeitskarte werden gezeichnet</translation>
    </message>
    <message>
        <source>Layer %1 · mean of %2 heads</source>
        <translation>Schicht %1 · Mittel von %2 Köpfen</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2</source>
        <translation>Schicht %1 · Kopf %2</translation>
    </message>
    <message>
        <source>  ·  after − before</source>
        <translation>  ·  nachher − vorher</translation>
    </message>
    <message>
        <source>  ·  masked</source>
        <translation>  ·  maskiert</translation>
    </message>
    <message>
        <source>Δ attention weight (after − before)</source>
        <translation>Δ Aufmerksamkeitsgewicht (nachher − vorher)</translation>
    </message>
    <message>
        <source>mean attention weight</source>
        <translation>mittleres Aufmerksamkeitsgewicht</translation>
    </message>
    <message>
        <source>attention weight</source>
        <translation>Aufmerksamkeitsgewicht</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Führen Sie zuerst einen Text aus.</translation>
    </message>
    <message>
        <source>  ·  norm-weighted</source>
        <translation>  ·  normgewichtet</translation>
    </message>
    <message>
        <source>The image this run saw could not be read again.</source>
        <translation>Das Bild dieses Laufs konnte nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>The image is still being read.</source>
        <translation>Das Bild wird noch gelesen.</translation>
    </message>
    <message>
        <source>The image shows this run&apos;s attention; show the matrix for after − before</source>
        <translation>Das Bild zeigt die Aufmerksamkeit dieses Laufs; für nachher − vorher die Matrix zeigen</translation>
    </message>
    <message>
        <source>No capture</source>
        <translation>Kein Lauf</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Bild wird gelesen…</translation>
    </message>
    <message>
        <source>The image this run saw could not be read again</source>
        <translation>Das Bild dieses Laufs konnte nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>Cannot compute the attention: %1</source>
        <translation>Die Aufmerksamkeit kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>On image</source>
        <translation>Auf dem Bild</translation>
    </message>
    <message>
        <source>Show the whole attention matrix, or the attention of the selected token (else the class token) as a heat overlay on the image</source>
        <translation>Die ganze Aufmerksamkeitsmatrix zeigen, oder die Aufmerksamkeit des gewählten Tokens (sonst des Klassentokens) als Wärmebild über dem Bild</translation>
    </message>
    <message>
        <source>Show attention as</source>
        <translation>Aufmerksamkeit zeigen als</translation>
    </message>
    <message>
        <source>Attention on the image</source>
        <translation>Aufmerksamkeit auf dem Bild</translation>
    </message>
    <message>
        <source>Click a patch to show its attention</source>
        <translation>Klicken Sie auf ein Feld, um seine Aufmerksamkeit zu zeigen</translation>
    </message>
    <message>
        <source>Layer %1 · mean of %2 heads · attention of %3</source>
        <translation>Schicht %1 · Mittel von %2 Köpfen · Aufmerksamkeit von %3</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2 · attention of %3</source>
        <translation>Schicht %1 · Kopf %2 · Aufmerksamkeit von %3</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::CaptureView</name>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Show this run minus the run before the mask changed (red: more attention, blue: less)</source>
        <translation>Diesen Durchlauf abzüglich des Durchlaufs vor der Maskenänderung zeigen (rot: mehr Aufmerksamkeit, blau: weniger)</translation>
    </message>
    <message>
        <source>Norm weighting is not available: %1</source>
        <translation>Normgewichtung ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Norm-weighted</source>
        <translation>Normgewichtet</translation>
    </message>
    <message>
        <source>Weigh each attention weight by the norm of what its key&apos;s value vector writes through the output projection, rows renormalised (Kobayashi et al., 2020)</source>
        <translation>Jedes Aufmerksamkeitsgewicht mit der Norm dessen gewichten, was der Value-Vektor seines Keys über die Ausgabeprojektion schreibt, Zeilen renormiert (Kobayashi et al., 2020)</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::EmbeddingLegend</name>
    <message>
        <source>queries</source>
        <translation>Queries</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erstes</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letztes</translation>
    </message>
    <message>
        <source>and %1 more inputs</source>
        <translation>und %1 weitere Eingaben</translation>
    </message>
    <message>
        <source>dark: queries · light: keys</source>
        <translation>dunkel: Queries · hell: Keys</translation>
    </message>
    <message>
        <source>click a query or key to colour by its attention</source>
        <translation>Query oder Key anklicken, um nach ihrer Aufmerksamkeit zu färben</translation>
    </message>
    <message>
        <source>attention %1</source>
        <translation>Aufmerksamkeit %1</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>%1 points · %2 inputs</source>
        <translation>%1 Punkte · %2 Eingaben</translation>
    </message>
    <message>
        <source>moving: %1 of %2 points drawn</source>
        <translation>in Bewegung: %1 von %2 Punkten gezeichnet</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FlowGraphPlot</name>
    <message>
        <source> · %1 of %2 tokens, those that carry the most</source>
        <translation> · %1 von %2 Tokens, die am meisten beitragen</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
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
        <translation>Position</translation>
    </message>
    <message>
        <source>input token</source>
        <translation>Eingabetoken</translation>
    </message>
    <message>
        <source>relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Click a row to show that position&apos;s relevance and graph</source>
        <translation>Zeile anklicken, um Relevanz und Graph dieser Position zu zeigen</translation>
    </message>
    <message>
        <source>Raw attention (last layer)</source>
        <translation>Roh (letzte Schicht)</translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation>Aufmerksamkeits-Rollout</translation>
    </message>
    <message>
        <source>Attention flow</source>
        <translation>Aufmerksamkeitsfluss</translation>
    </message>
    <message>
        <source>Where each position&apos;s information comes from once the layers have mixed it. Rollout multiplies every layer&apos;s head-averaged attention, with the residual connection added as ½·I; flow treats the layers as a network of pipes whose capacities are those weights and finds how much can reach the position from each input token (Abnar &amp; Zuidema, 2020). Both follow the information through all layers; raw attention shows the last layer only.</source>
        <translation>Woher die Information jeder Position stammt, nachdem die Schichten sie vermischt haben. Rollout multipliziert die über die Köpfe gemittelte Aufmerksamkeit aller Schichten, wobei die Residualverbindung als ½·I addiert wird; Fluss behandelt die Schichten als Rohrnetz, dessen Kapazitäten diese Gewichte sind, und ermittelt, wie viel von jedem Eingabetoken die Position erreichen kann (Abnar &amp; Zuidema, 2020). Beide verfolgen die Information durch alle Schichten; die rohe Aufmerksamkeit zeigt nur die letzte Schicht.</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>The method of the position&apos;s relevance and graph</source>
        <translation>Die Methode für Relevanz und Graph der Position</translation>
    </message>
    <message>
        <source>Leave masked heads out</source>
        <translation>Maskierte Köpfe auslassen</translation>
    </message>
    <message>
        <source>Average only the heads that were not masked in this run</source>
        <translation>Nur über die Köpfe mitteln, die in diesem Durchlauf nicht maskiert waren</translation>
    </message>
    <message>
        <source>Position&apos;s relevance and graph by:</source>
        <translation>Relevanz und Graph der Position nach:</translation>
    </message>
    <message>
        <source>No capture</source>
        <translation>Keine Erfassung</translation>
    </message>
    <message>
        <source>computed in %1 s</source>
        <translation>berechnet in %1 s</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>position %1 (%2)</source>
        <translation>Position %1 (%2)</translation>
    </message>
    <message>
        <source>Whole matrices are drawn up to %1 tokens; this input has %2, so only the selected position is computed.</source>
        <translation>Vollständige Matrizen werden bis zu %1 Tokens gezeichnet; diese Eingabe hat %2, daher wird nur die gewählte Position berechnet.</translation>
    </message>
    <message>
        <source>The flow matrix is computed up to %1 tokens (a maximum-flow problem per cell); below, flow is computed for the selected position.</source>
        <translation>Die Flussmatrix wird bis zu %1 Tokens berechnet (ein Maximalfluss-Problem pro Zelle); darunter wird der Fluss für die gewählte Position berechnet.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Position %1 (%2) through the layers</source>
        <translation>Position %1 (%2) durch die Schichten</translation>
    </message>
    <message>
        <source>Information flow, %1</source>
        <translation>Informationsfluss, %1</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>Informationsfluss</translation>
    </message>
    <message>
        <source>Run a text or an image first</source>
        <translation>Führen Sie zuerst einen Text oder ein Bild aus</translation>
    </message>
    <message>
        <source>The information flow is still being computed</source>
        <translation>Der Informationsfluss wird noch berechnet</translation>
    </message>
    <message>
        <source>Relevance matrices</source>
        <translation>Relevanzmatrizen</translation>
    </message>
    <message>
        <source>Relevance over the image</source>
        <translation>Relevanz über dem Bild</translation>
    </message>
    <message>
        <source>Relevance of each input token</source>
        <translation>Relevanz jedes Eingabetokens</translation>
    </message>
    <message>
        <source>Layered graph</source>
        <translation>Geschichteter Graph</translation>
    </message>
    <message>
        <source>%1: relevance %2</source>
        <translation>%1: Relevanz %2</translation>
    </message>
    <message>
        <source>computing… %1 %</source>
        <translation>wird berechnet… %1 %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadChips</name>
    <message>
        <source>Click a head to show or hide it; double-click to show it alone</source>
        <translation>Kopf anklicken, um ihn ein- oder auszublenden; Doppelklick, um nur ihn zu zeigen</translation>
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
        <translation>Schicht %1, Kopf %2: maskiert (zum Aufheben der Maskierung klicken)</translation>
    </message>
    <message>
        <source>Layer %1, head %2 (click to mask)</source>
        <translation>Schicht %1, Kopf %2 (zum Maskieren klicken)</translation>
    </message>
    <message>
        <source>Mask every head of layer %1</source>
        <translation>Alle Köpfe von Schicht %1 maskieren</translation>
    </message>
    <message numerus="yes">
        <source>Head mask: %n head(s) masked</source>
        <translation>
            <numerusform>Kopfmaske: %n Kopf maskiert</numerusform>
            <numerusform>Kopfmaske: %n Köpfe maskiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>Öffnen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>Head mask</source>
        <translation>Kopfmaske</translation>
    </message>
    <message>
        <source>Head mask grid</source>
        <translation>Kopfmaskenraster</translation>
    </message>
    <message>
        <source>One square per head. Arrow keys select a head, Space masks or unmasks it, L masks its whole layer.</source>
        <translation>Ein Quadrat pro Kopf. Pfeiltasten wählen einen Kopf, Leertaste maskiert ihn oder hebt die Maske auf, L maskiert seine ganze Schicht.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadRolesModel</name>
    <message>
        <source>Layer %1, head %2: %3 under the current thresholds</source>
        <translation>Schicht %1, Kopf %2: %3 bei den aktuellen Schwellenwerten</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Senke</translation>
    </message>
    <message>
        <source>Value sink</source>
        <translation>Value-Senke</translation>
    </message>
    <message>
        <source>Prev. token</source>
        <translation>Vorh. Token</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>Induktion</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Entropy frac.</source>
        <translation>Rel. Entropie</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <source>Top key</source>
        <translation>Top-Key</translation>
    </message>
    <message>
        <source>Top share</source>
        <translation>Top-Anteil</translation>
    </message>
    <message>
        <source>The first rule that holds: induction, previous-token, sink, broad, local, else mixed</source>
        <translation>Die erste zutreffende Regel: induction, previous-token, sink, broad, local, sonst mixed</translation>
    </message>
    <message>
        <source>Mean attention of queries after the first to the first token</source>
        <translation>Mittlere Aufmerksamkeit der Queries nach der ersten auf das erste Token</translation>
    </message>
    <message>
        <source>The first token&apos;s share of value-weighted attention (low: a no-op sink)</source>
        <translation>Anteil des ersten Tokens an der Value-gewichteten Aufmerksamkeit (niedrig: eine wirkungslose Senke)</translation>
    </message>
    <message>
        <source>Mean attention to the previous token</source>
        <translation>Mittlere Aufmerksamkeit auf das vorherige Token</translation>
    </message>
    <message>
        <source>On the [BOS] R R probe: attention to the token after the earlier copy (– without a probe run)</source>
        <translation>Bei der Testeingabe [BOS] R R: Aufmerksamkeit auf das Token nach der früheren Kopie (– ohne Testlauf)</translation>
    </message>
    <message>
        <source>Attention within two positions of the query</source>
        <translation>Aufmerksamkeit innerhalb von zwei Positionen um die Query</translation>
    </message>
    <message>
        <source>Entropy relative to uniform over the keys a query can see (1 = uniform)</source>
        <translation>Entropie relativ zur Gleichverteilung über die Keys, die eine Query sehen kann (1 = gleichverteilt)</translation>
    </message>
    <message>
        <source>Mean entropy of a query&apos;s attention, in nats</source>
        <translation>Mittlere Entropie der Aufmerksamkeit einer Query, in Nats</translation>
    </message>
    <message>
        <source>The position receiving the most attention</source>
        <translation>Die Position, die die meiste Aufmerksamkeit erhält</translation>
    </message>
    <message>
        <source>Mean attention that position receives</source>
        <translation>Mittlere Aufmerksamkeit, die diese Position erhält</translation>
    </message>
    <message>
        <source>Logit attr.</source>
        <translation>Logit-Attr.</translation>
    </message>
    <message>
        <source>Direct logit attribution: what the head writes into the predicted token&apos;s logit at the last position, through the final norm frozen at the run&apos;s value (red: up, blue: down)</source>
        <translation>Direkte Logit-Attribution: was der Kopf an der letzten Position in den Logit des vorhergesagten Tokens schreibt, durch die finale Norm, eingefroren auf ihren Wert in diesem Durchlauf (rot: erhöht, blau: senkt)</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadRolesTable</name>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Filter: role, “L2 H1” or “2:1”</source>
        <translation>Filter: Rolle, „L2 H1“ oder „2:1“</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <source>Role thresholds (first rule that holds)</source>
        <translation>Schwellenwerte der Rollen (erste zutreffende Regel)</translation>
    </message>
    <message>
        <source>induction ≥</source>
        <translation>Induktion ≥</translation>
    </message>
    <message>
        <source>prev. token ≥</source>
        <translation>vorh. Token ≥</translation>
    </message>
    <message>
        <source>sink ≥</source>
        <translation>Senke ≥</translation>
    </message>
    <message>
        <source>broad: entropy frac. ≥</source>
        <translation>breit: rel. Entropie ≥</translation>
    </message>
    <message>
        <source>local ≥</source>
        <translation>lokal ≥</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&lt;i&gt;No scores yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch keine Kennwerte.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 heads: </source>
        <translation>%1 Köpfe: </translation>
    </message>
    <message numerus="yes">
        <source>%n head(s)</source>
        <translation>
            <numerusform>%n Kopf</numerusform>
            <numerusform>%n Köpfe</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a text first (or loosen the filters).</source>
        <translation>Führen Sie zuerst einen Text aus (oder lockern Sie die Filter).</translation>
    </message>
    <message>
        <source>Head roles</source>
        <translation>Kopfrollen</translation>
    </message>
    <message>
        <source>Roles, first rule that holds: induction ≥ %1, previous token ≥ %2, sink ≥ %3, broad when entropy fraction ≥ %4, local ≥ %5, else mixed.</source>
        <translation>Rollen, erste zutreffende Regel: induction ≥ %1, previous-token ≥ %2, sink ≥ %3, broad bei relativer Entropie ≥ %4, local ≥ %5, sonst mixed.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadView</name>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>The layer whose heads are drawn</source>
        <translation>Die Schicht, deren Köpfe gezeichnet werden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
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
        <translation>Nur Linien von den Queries eines Satzes zu den Keys eines Satzes</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>Schicht %1: %2</translation>
    </message>
    <message>
        <source>%1 tokens · weights ≥ %2 drawn</source>
        <translation>%1 Tokens · Gewichte ≥ %2 gezeichnet</translation>
    </message>
    <message>
        <source>Layer %1, all %2 heads</source>
        <translation>Schicht %1, alle %2 Köpfe</translation>
    </message>
    <message numerus="yes">
        <source>Layer %1, %n head(s)</source>
        <translation>
            <numerusform>Schicht %1, %n Kopf</numerusform>
            <numerusform>Schicht %1, %n Köpfe</numerusform>
        </translation>
    </message>
    <message>
        <source>, after − before</source>
        <translation>, nachher − vorher</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Führen Sie zuerst einen Text aus.</translation>
    </message>
    <message>
        <source>, norm-weighted</source>
        <translation>, normgewichtet</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadViewCanvas</name>
    <message>
        <source>Run a text to see its attention</source>
        <translation>Führen Sie einen Text aus, um seine Aufmerksamkeit zu sehen</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>after − before  (red: more, blue: less)</source>
        <translation>nachher − vorher  (rot: mehr, blau: weniger)</translation>
    </message>
    <message>
        <source>Head view lines</source>
        <translation>Linien der Kopfansicht</translation>
    </message>
    <message>
        <source>Lines from each query token to the keys it attends to. Up and Down select a token, Left and Right its query or its key, Escape shows every line again.</source>
        <translation>Linien von jedem Abfrage-Token zu den Schlüsseln, auf die es achtet. Auf und Ab wählen ein Token, Links und Rechts seine Abfrage oder seinen Schlüssel, Escape zeigt wieder alle Linien.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImageDrop</name>
    <message>
        <source>Drop an
image here</source>
        <translation>Bild hier
ablegen</translation>
    </message>
    <message>
        <source>A vision model takes an image: drop a PNG or JPEG file here or choose one.</source>
        <translation>Ein Bildmodell verarbeitet ein Bild: Legen Sie hier eine PNG- oder JPEG-Datei ab oder wählen Sie eine aus.</translation>
    </message>
    <message>
        <source>Choose &amp;Image…</source>
        <translation>Bild &amp;wählen…</translation>
    </message>
    <message>
        <source>%1 could not be read as an image (%2)</source>
        <translation>%1 konnte nicht als Bild gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 Pixel</translation>
    </message>
    <message>
        <source>Choose Image</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImageHeatOverlay</name>
    <message>
        <source>No image to overlay</source>
        <translation>Kein Bild zum Überlagern</translation>
    </message>
    <message>
        <source>class token %1</source>
        <translation>Klassen-Token %1</translation>
    </message>
    <message>
        <source>, registers %1</source>
        <translation>, Register %1</translation>
    </message>
    <message>
        <source>, brightest patch %1</source>
        <translation>, hellster Patch %1</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImportanceView</name>
    <message>
        <source>Ablation: Δloss when the head alone is masked</source>
        <translation>Ablation: Δloss, wenn nur dieser Kopf maskiert wird</translation>
    </message>
    <message>
        <source>Gradient: |∂loss/∂mask|, one backward pass</source>
        <translation>Gradient: |∂loss/∂mask|, ein Rückwärtsdurchlauf</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Mask and re-run</source>
        <translation>Maskieren und erneut ausführen</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Mask the</source>
        <translation>Die</translation>
    </message>
    <message>
        <source>least important heads (outlined)</source>
        <translation>unwichtigsten Köpfe maskieren (umrandet)</translation>
    </message>
    <message>
        <source>Press Compute to measure every head.</source>
        <translation>Klicken Sie auf „Berechnen“, um jeden Kopf zu messen.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Fertig in %1 s.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Mask the %n least important heads</source>
        <translation>
            <numerusform>Den %n unwichtigsten Kopf maskieren</numerusform>
            <numerusform>Die %n unwichtigsten Köpfe maskieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Ablation: Δloss when each head alone is masked</source>
        <translation>Ablation: Δloss, wenn jeweils nur ein Kopf maskiert wird</translation>
    </message>
    <message>
        <source>Gradient estimate: |∂loss/∂mask| per head</source>
        <translation>Gradientenschätzung: |∂loss/∂mask| pro Kopf</translation>
    </message>
    <message>
        <source>&lt;i&gt;No %1 result yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch kein Ergebnis für %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Load a model and run an input first.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Laden Sie zuerst ein Modell und führen Sie eine Eingabe aus.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Δ loss</source>
        <translation>Δ Loss</translation>
    </message>
    <message>
        <source>|∂loss/∂mask|</source>
        <translation>|∂loss/∂mask|</translation>
    </message>
    <message>
        <source>Loss: %1, unmasked %2. Red: the model does worse without the head; blue: better.</source>
        <translation>Loss: %1, unmaskiert %2. Rot: Ohne den Kopf schneidet das Modell schlechter ab; blau: besser.</translation>
    </message>
    <message>
        <source>Loss: %1, unmasked %2. Masking moves the multiplier from 1 to 0, so −∂loss/∂mask estimates the ablation to first order.</source>
        <translation>Loss: %1, unmaskiert %2. Maskieren setzt den Multiplikator von 1 auf 0, daher schätzt −∂loss/∂mask die Ablation in erster Ordnung.</translation>
    </message>
    <message>
        <source>loss change when each head alone is masked</source>
        <translation>Änderung des Loss, wenn jeweils nur ein Kopf maskiert wird</translation>
    </message>
    <message>
        <source>gradient estimate |∂loss/∂mask|</source>
        <translation>Gradientenschätzung |∂loss/∂mask|</translation>
    </message>
    <message>
        <source>Compute the head importance first.</source>
        <translation>Berechnen Sie zuerst die Kopfwichtigkeit.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::InputPanel</name>
    <message>
        <source>Type a text, then press Ctrl+Return to run it</source>
        <translation>Geben Sie einen Text ein und drücken Sie Strg+Eingabe, um ihn auszuführen</translation>
    </message>
    <message>
        <source>Second &amp;sentence (sentence pair):</source>
        <translation>Zweiter &amp;Satz (Satzpaar):</translation>
    </message>
    <message>
        <source>Optional: a second sentence, encoded as segment B</source>
        <translation>Optional: ein zweiter Satz, kodiert als Segment B</translation>
    </message>
    <message>
        <source>The tokens appear here as you type.</source>
        <translation>Die Tokens erscheinen hier während der Eingabe.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run; the views keep their previous results (Esc)</source>
        <translation>Die Ausführung anhalten; die Ansichten behalten ihre bisherigen Ergebnisse (Esc)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the model on this input (Ctrl+Return)</source>
        <translation>Das Modell mit dieser Eingabe ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation>&amp;Maske:</translation>
    </message>
    <message>
        <source>e.g. 1:0, 2:3</source>
        <translation>z. B. 1:0, 2:3</translation>
    </message>
    <message>
        <source>Heads whose output is zeroed, as layer:head pairs counted from 0</source>
        <translation>Köpfe, deren Ausgabe auf null gesetzt wird, als Paare Schicht:Kopf, gezählt ab 0</translation>
    </message>
    <message>
        <source>Run with Mask</source>
        <translation>Mit Maske ausführen</translation>
    </message>
    <message>
        <source>Run again with the masked heads and compare with the plain run (Ctrl+Shift+Return)</source>
        <translation>Erneut mit den maskierten Köpfen ausführen und mit dem normalen Durchlauf vergleichen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Edit mask</source>
        <translation>Maske bearbeiten</translation>
    </message>
    <message>
        <source>The tokenizer failed: %1</source>
        <translation>Der Tokenizer ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>added by the tokenizer</source>
        <translation>vom Tokenizer hinzugefügt</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>Zeichen %1–%2</translation>
    </message>
    <message>
        <source>first text</source>
        <translation>erster Text</translation>
    </message>
    <message>
        <source>second text</source>
        <translation>zweiter Text</translation>
    </message>
    <message>
        <source>Token %1 · id %2
%3 · %4</source>
        <translation>Token %1 · ID %2
%3 · %4</translation>
    </message>
    <message>
        <source>Open a model to run a text.</source>
        <translation>Öffnen Sie ein Modell, um einen Text auszuführen.</translation>
    </message>
    <message>
        <source>Choose or drop an image to run.</source>
        <translation>Wählen Sie ein Bild oder legen Sie eines ab, um es auszuführen.</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 Tokens</translation>
    </message>
    <message>
        <source>This model folder has no tokenizer, so text cannot be run.</source>
        <translation>Dieser Modellordner enthält keinen Tokenizer, daher kann kein Text ausgeführt werden.</translation>
    </message>
    <message>
        <source>The tokenizer could not be loaded: %1</source>
        <translation>Der Tokenizer konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Type a text to run.</source>
        <translation>Geben Sie einen Text zum Ausführen ein.</translation>
    </message>
    <message>
        <source>Too long: %1 tokens, but this model takes at most %2. Shorten the text to run it.</source>
        <translation>Zu lang: %1 Tokens, dieses Modell verarbeitet aber höchstens %2. Kürzen Sie den Text, um ihn auszuführen.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>&amp;Attention:</source>
        <translation>&amp;Aufmerksamkeit:</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Decoder</translation>
    </message>
    <message>
        <source>Cross (decoder → source)</source>
        <translation>Kreuz (Decoder → Quelle)</translation>
    </message>
    <message>
        <source>Which attention the views show: the encoder&apos;s over the source, the decoder&apos;s over the target, or the decoder&apos;s attention over the source (cross-attention)</source>
        <translation>Welche Aufmerksamkeit die Ansichten zeigen: die des Encoders über der Quelle, die des Decoders über dem Ziel, oder die Aufmerksamkeit des Decoders auf die Quelle (Kreuzaufmerksamkeit)</translation>
    </message>
    <message>
        <source>Attention shown</source>
        <translation>Gezeigte Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Heads whose output is zeroed: enc:L:H, dec:L:H or cross:L:H, counted from 0</source>
        <translation>Köpfe, deren Ausgabe auf null gesetzt wird: enc:L:H, dec:L:H oder cross:L:H, ab 0 gezählt</translation>
    </message>
    <message>
        <source>&amp;Target (the decoder&apos;s text):</source>
        <translation>&amp;Ziel (der Text des Decoders):</translation>
    </message>
    <message>
        <source>Optional: what the decoder reads; empty runs its start token alone</source>
        <translation>Optional: was der Decoder liest; leer läuft nur sein Starttoken</translation>
    </message>
    <message>
        <source>e.g. enc:1:0, cross:2:3</source>
        <translation>z. B. enc:1:0, cross:2:3</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ModelView</name>
    <message>
        <source>Thumbnails</source>
        <translation>Miniaturen</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <source>computing model view thumbnails</source>
        <translation>Miniaturen der Modellansicht werden berechnet</translation>
    </message>
    <message>
        <source>Some thumbnails failed: %1</source>
        <translation>Einige Miniaturen sind fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Computing thumbnails %1 / %2</source>
        <translation>Miniaturen werden berechnet: %1 / %2</translation>
    </message>
    <message>
        <source>%1 layers × %2 heads</source>
        <translation>%1 Schichten × %2 Köpfe</translation>
    </message>
    <message>
        <source>, after − before</source>
        <translation>, nachher − vorher</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Führen Sie zuerst einen Text aus.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ModelViewCanvas</name>
    <message>
        <source>Click: select the head · Right-click or Ctrl+click: mask or unmask it</source>
        <translation>Klick: Kopf auswählen · Rechtsklick oder Strg+Klick: maskieren oder Maskierung aufheben</translation>
    </message>
    <message>
        <source>Run a text to see every head</source>
        <translation>Führen Sie einen Text aus, um jeden Kopf zu sehen</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2 · masked</source>
        <translation>Schicht %1 · Kopf %2 · maskiert</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2</source>
        <translation>Schicht %1 · Kopf %2</translation>
    </message>
    <message>
        <source>w%1</source>
        <translation>w%1</translation>
    </message>
    <message>
        <source> · window %1</source>
        <translation> · Fenster %1</translation>
    </message>
    <message>
        <source>Model view heads</source>
        <translation>Köpfe der Modellansicht</translation>
    </message>
    <message>
        <source>Every head as a small attention map. Arrow keys select a head, Space masks or unmasks it.</source>
        <translation>Jeder Kopf als kleine Aufmerksamkeitskarte. Pfeiltasten wählen einen Kopf, Leertaste maskiert ihn oder hebt die Maske auf.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::PositionChart</name>
    <message>
        <source>Token %1 “%2”: %3 %4</source>
        <translation>Token %1 „%2“: %3 %4</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::PredictionPanel</name>
    <message>
        <source>How far each position&apos;s prediction moved (KL divergence, nats) — click a bar to select it</source>
        <translation>Wie stark sich die Vorhersage an jeder Position verschoben hat (KL-Divergenz, Nats) — zum Auswählen auf einen Balken klicken</translation>
    </message>
    <message>
        <source>KLᵢ = Σᵥ Pᵢ(v) · (ln Pᵢ(v) − ln Qᵢ(v)), with P the prediction at position i before masking and Q after it.</source>
        <translation>KLᵢ = Σᵥ Pᵢ(v) · (ln Pᵢ(v) − ln Qᵢ(v)), mit P als Vorhersage an Position i vor dem Maskieren und Q danach.</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Run a text to see what the model predicts.</source>
        <translation>Führen Sie einen Text aus, um zu sehen, was das Modell vorhersagt.</translation>
    </message>
    <message>
        <source>This model has no prediction head (language-model or classifier), so there is nothing to predict. The attention views still show every head.</source>
        <translation>Dieses Modell hat keinen Vorhersagekopf (Sprachmodell oder Klassifikator), daher gibt es nichts vorherzusagen. Die Aufmerksamkeitsansichten zeigen trotzdem jeden Kopf.</translation>
    </message>
    <message>
        <source>Most likely classes of the image</source>
        <translation>Wahrscheinlichste Klassen des Bildes</translation>
    </message>
    <message>
        <source>Next token after “%1” (token %2 of %3)</source>
        <translation>Nächstes Token nach „%1“ (Token %2 von %3)</translation>
    </message>
    <message>
        <source>Predicted token at position %1 “%2”</source>
        <translation>Vorhergesagtes Token an Position %1 „%2“</translation>
    </message>
    <message>
        <source>Click a token to see what the model predicts after it.</source>
        <translation>Klicken Sie auf ein Token, um zu sehen, was das Modell danach vorhersagt.</translation>
    </message>
    <message>
        <source>Click a token to see what the model predicts there; a [MASK] token is chosen first.</source>
        <translation>Klicken Sie auf ein Token, um zu sehen, was das Modell dort vorhersagt; zunächst wird ein [MASK]-Token gewählt.</translation>
    </message>
    <message>
        <source>id %1 · logit %2 · probability %3</source>
        <translation>ID %1 · Logit %2 · Wahrscheinlichkeit %3</translation>
    </message>
    <message>
        <source>
before masking: %1</source>
        <translation>
vor dem Maskieren: %1</translation>
    </message>
    <message>
        <source>Before · no heads masked</source>
        <translation>Vorher · keine Köpfe maskiert</translation>
    </message>
    <message>
        <source>After · masked %1</source>
        <translation>Nachher · maskiert %1</translation>
    </message>
    <message>
        <source>Masked %1</source>
        <translation>Maskiert %1</translation>
    </message>
    <message>
        <source>Mean next-token cross-entropy on the input: L = −1/(N−1) · Σᵢ ln p(xᵢ₊₁ | x₁…xᵢ), in nats.</source>
        <translation>Mittlere Kreuzentropie des jeweils nächsten Tokens auf der Eingabe: L = −1/(N−1) · Σᵢ ln p(xᵢ₊₁ | x₁…xᵢ), in Nats.</translation>
    </message>
    <message>
        <source>Mean cross-entropy of each input token at its own position: L = −1/N · Σᵢ ln p(xᵢ | x), in nats (a masked LM reconstructing its input).</source>
        <translation>Mittlere Kreuzentropie jedes Eingabetokens an seiner eigenen Position: L = −1/N · Σᵢ ln p(xᵢ | x), in Nats (ein maskiertes LM rekonstruiert seine Eingabe).</translation>
    </message>
    <message>
        <source>KL divergence of the class distribution after masking: &lt;b&gt;%1&lt;/b&gt; nats</source>
        <translation>KL-Divergenz der Klassenverteilung nach dem Maskieren: &lt;b&gt;%1&lt;/b&gt; Nats</translation>
    </message>
    <message>
        <source>Loss on the input: &lt;b&gt;%1&lt;/b&gt; nats (perplexity %2)</source>
        <translation>Loss auf der Eingabe: &lt;b&gt;%1&lt;/b&gt; Nats (Perplexität %2)</translation>
    </message>
    <message>
        <source>Loss on the input: %1 → &lt;b&gt;%2&lt;/b&gt; nats (&lt;span style=&quot;color:%3&quot;&gt;%4%5&lt;/span&gt;)</source>
        <translation>Loss auf der Eingabe: %1 → &lt;b&gt;%2&lt;/b&gt; Nats (&lt;span style=&quot;color:%3&quot;&gt;%4%5&lt;/span&gt;)</translation>
    </message>
    <message>
        <source>, largest at token %1 “%2”</source>
        <translation>, am größten bei Token %1 „%2“</translation>
    </message>
    <message>
        <source>mean KL %1 nats%2</source>
        <translation>mittlere KL %1 Nats%2</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>Nats</translation>
    </message>
    <message>
        <source>The logits at this position are NaN or infinite, so there is nothing to rank.</source>
        <translation>Die Logits an dieser Position sind NaN oder unendlich, daher gibt es nichts zu ordnen.</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Führen Sie zuerst einen Text aus.</translation>
    </message>
    <message>
        <source>This model has no prediction head.</source>
        <translation>Dieses Modell hat keinen Vorhersagekopf.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL-Divergenz</translation>
    </message>
    <message>
        <source>KL divergence per position</source>
        <translation>KL-Divergenz pro Position</translation>
    </message>
    <message>
        <source>This model outputs an image embedding of %1 values, not class scores, so there is nothing to rank. The attention views still show every head.</source>
        <translation>Dieses Modell gibt eine Bildeinbettung aus %1 Werten aus, keine Klassenwerte, daher gibt es nichts zu ordnen. Die Aufmerksamkeitsansichten zeigen weiterhin jeden Kopf.</translation>
    </message>
    <message>
        <source>This model outputs an embedding, not predictions.</source>
        <translation>Dieses Modell gibt eine Einbettung aus, keine Vorhersagen.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::QueryKeyEmbeddingView</name>
    <message>
        <source>Colour by</source>
        <translation>Färben nach</translation>
    </message>
    <message>
        <source>Query / key</source>
        <translation>Query / Key</translation>
    </message>
    <message>
        <source>Token position</source>
        <translation>Token-Position</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Attention of selection</source>
        <translation>Aufmerksamkeit der Auswahl</translation>
    </message>
    <message>
        <source>Find a token…</source>
        <translation>Token suchen…</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Draw a density image instead of points (2D)</source>
        <translation>Ein Dichtebild statt Punkten zeichnen (2D)</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>Embed in three dimensions</source>
        <translation>In drei Dimensionen einbetten</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show all points</source>
        <translation>Alle Punkte zeigen</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>to key “%1” (input %2, position %3)</source>
        <translation>auf Key „%1“ (Eingabe %2, Position %3)</translation>
    </message>
    <message>
        <source>from query “%1” (input %2, position %3)</source>
        <translation>von Query „%1“ (Eingabe %2, Position %3)</translation>
    </message>
    <message>
        <source>“%1”: 1 match</source>
        <translation>„%1“: 1 Treffer</translation>
    </message>
    <message>
        <source>“%1”: %2 matches</source>
        <translation>„%1“: %2 Treffer</translation>
    </message>
    <message>
        <source>Nothing is embedded yet.</source>
        <translation>Noch ist nichts eingebettet.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::QueryKeyMatrixView</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Query–key embeddings of every head</source>
        <translation>Query-Key-Einbettungen aller Köpfe</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>Queries</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>embedding, %1 % done</source>
        <translation>Einbettung, %1 % fertig</translation>
    </message>
    <message>
        <source>click to open</source>
        <translation>zum Öffnen klicken</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Layer %1, head %2: %3</source>
        <translation>Schicht %1, Kopf %2: %3</translation>
    </message>
    <message>
        <source>every head</source>
        <translation>alle Köpfe</translation>
    </message>
    <message>
        <source>No head is embedded yet.</source>
        <translation>Noch ist kein Kopf eingebettet.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::SelectionModel</name>
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
    <message>
        <source>Mask head %1%2:%3</source>
        <translation>Kopf %1%2:%3 maskieren</translation>
    </message>
    <message>
        <source>Unmask head %1%2:%3</source>
        <translation>Maskierung von Kopf %1%2:%3 aufheben</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::SinkView</name>
    <message>
        <source>Sink score: mean attention to the first token</source>
        <translation>Senkenwert: mittlere Aufmerksamkeit auf das erste Token</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>Senke</translation>
    </message>
    <message>
        <source>Click a head to select it in every view</source>
        <translation>Kopf anklicken, um ihn in allen Ansichten auszuwählen</translation>
    </message>
    <message>
        <source>Selected layer</source>
        <translation>Gewählte Schicht</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Alle Schichten</translation>
    </message>
    <message>
        <source>attention received (sum)</source>
        <translation>erhaltene Aufmerksamkeit (Summe)</translation>
    </message>
    <message>
        <source>Hidden-state norm ‖h‖ per token (log scale)</source>
        <translation>Norm des Hidden State ‖h‖ pro Token (logarithmische Skala)</translation>
    </message>
    <message>
        <source>‖h‖</source>
        <translation>‖h‖</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Attention received by each token, summed over heads and queries:</source>
        <translation>Von jedem Token erhaltene Aufmerksamkeit, summiert über Köpfe und Queries:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Run a model to see where its attention piles up.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Führen Sie ein Modell aus, um zu sehen, wo sich seine Aufmerksamkeit sammelt.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 heads&lt;/b&gt; put at least half their attention on the first token (mean sink score %3). Strongest: &lt;b&gt;L%4 H%5&lt;/b&gt;, %6</source>
        <translation>&lt;b&gt;%1 von %2 Köpfen&lt;/b&gt; richten mindestens die Hälfte ihrer Aufmerksamkeit auf das erste Token (mittlerer Senkenwert %3). Am stärksten: &lt;b&gt;L%4 H%5&lt;/b&gt;, %6</translation>
    </message>
    <message>
        <source>, of which %1 survives value weighting</source>
        <translation>, wovon %1 die Value-Gewichtung übersteht</translation>
    </message>
    <message>
        <source>No massive activations (norm &amp;gt; %1× the layer median).</source>
        <translation>Keine massiven Aktivierungen (Norm &amp;gt; %1× Median der Schicht).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n massive activation(s)&lt;/b&gt; (norm &amp;gt; %1× the layer median).</source>
        <translation>
            <numerusform>&lt;b&gt;%n massive Aktivierung&lt;/b&gt; (Norm &amp;gt; %1× Median der Schicht).</numerusform>
            <numerusform>&lt;b&gt;%n massive Aktivierungen&lt;/b&gt; (Norm &amp;gt; %1× Median der Schicht).</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 layers × %2 heads</source>
        <translation>Alle %1 Schichten × %2 Köpfe</translation>
    </message>
    <message>
        <source>Layer %1, %2 heads</source>
        <translation>Schicht %1, %2 Köpfe</translation>
    </message>
    <message>
        <source>embed</source>
        <translation>Einb.</translation>
    </message>
    <message>
        <source>%1 · token %2 “%3”: ‖h‖ = %4, %5× the layer median</source>
        <translation>%1 · Token %2 „%3“: ‖h‖ = %4, %5× Median der Schicht</translation>
    </message>
    <message>
        <source>No token&apos;s norm exceeds %1× its layer&apos;s median.</source>
        <translation>Die Norm keines Tokens übersteigt %1× den Median seiner Schicht.</translation>
    </message>
    <message>
        <source>Raw attention, L%1 H%2</source>
        <translation>Rohe Aufmerksamkeit, L%1 H%2</translation>
    </message>
    <message>
        <source>Value-weighted: values were not kept</source>
        <translation>Value-gewichtet: Values wurden nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Value-weighted  A·‖v‖, rows renormalised</source>
        <translation>Value-gewichtet  A·‖v‖, Zeilen renormiert</translation>
    </message>
    <message>
        <source>Layer %1, head %2: sink %3, value sink %4, top key %5 (“%6”)</source>
        <translation>Schicht %1, Kopf %2: Senke %3, Value-Senke %4, Top-Key %5 („%6“)</translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation>Schicht %1, Kopf %2</translation>
    </message>
    <message>
        <source>%1 layers × %2 heads, layer %3 head %4 selected</source>
        <translation>%1 Schichten × %2 Köpfe, Schicht %3 Kopf %4 gewählt</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Führen Sie zuerst einen Text aus.</translation>
    </message>
    <message>
        <source>Sink scores</source>
        <translation>Senkenwerte</translation>
    </message>
    <message>
        <source>Attention received</source>
        <translation>Erhaltene Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Residual norms</source>
        <translation>Residualnormen</translation>
    </message>
    <message>
        <source>Raw attention</source>
        <translation>Rohe Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Value-weighted attention</source>
        <translation>Value-gewichtete Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Raw and value-weighted attention</source>
        <translation>Rohe und Value-gewichtete Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>The %n register(s) receive &lt;b&gt;%1 %&lt;/b&gt; of all attention, the class token %2 %. </source>
        <translation>
            <numerusform>Das Register erhält &lt;b&gt;%1 %&lt;/b&gt; der gesamten Aufmerksamkeit, das Klassen-Token %2 %. </numerusform>
            <numerusform>Die %n Register erhalten &lt;b&gt;%1 %&lt;/b&gt; der gesamten Aufmerksamkeit, das Klassen-Token %2 %. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TokenContextPanel</name>
    <message>
        <source>Click a point to see its input here, and its attention as lines.</source>
        <translation>Klicken Sie auf einen Punkt, um hier seine Eingabe und seine Aufmerksamkeit als Linien zu sehen.</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>at position %1 of %2</source>
        <translation>an Position %1 von %2</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TokenStrip</name>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>How the tokenizer splits the input. Left and Right select a token in every view.</source>
        <translation>Wie der Tokenizer die Eingabe zerlegt. Links und Rechts wählen ein Token in allen Ansichten.</translation>
    </message>
</context>
</TS>
