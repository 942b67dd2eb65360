<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LibraryVersions</name>
    <message numerus="yes">
        <source>available (%n device(s))</source>
        <translation>
            <numerusform>disponible (%n périphérique)</numerusform>
            <numerusform>disponible (%n périphériques)</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>LibTorch threads</source>
        <translation>Threads LibTorch</translation>
    </message>
    <message>
        <source>OpenMP threads</source>
        <translation>Threads OpenMP</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Capture: every layer&apos;s attention, residual norms and logits</source>
        <translation>Capture&#xa0;: attention, normes résiduelles et logits de chaque couche</translation>
    </message>
    <message>
        <source>The selected head&apos;s attention map</source>
        <translation>Carte d&apos;attention de la tête sélectionnée</translation>
    </message>
    <message>
        <source>Head roles table</source>
        <translation>Tableau des rôles des têtes</translation>
    </message>
    <message>
        <source>Attention sinks: sink scores, attention received, massive activations</source>
        <translation>Puits d&apos;attention&#xa0;: scores de puits, attention reçue, activations massives</translation>
    </message>
    <message>
        <source>Head importance</source>
        <translation>Importance des têtes</translation>
    </message>
    <message>
        <source>Query–key embedding: coordinates and tokens</source>
        <translation>Plongement requêtes–clés&#xa0;: coordonnées et tokens</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Exécutez d&apos;abord un texte.</translation>
    </message>
    <message>
        <source>Compute the head importance first.</source>
        <translation>Calculez d&apos;abord l&apos;importance des têtes.</translation>
    </message>
    <message>
        <source>Nothing is embedded yet.</source>
        <translation>Rien n&apos;est encore plongé.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>masked %1</source>
        <translation>masque %1</translation>
    </message>
    <message>
        <source>this view does not export figures</source>
        <translation>cette vue n&apos;exporte pas de figures</translation>
    </message>
    <message>
        <source>AttnScope</source>
        <translation>AttnScope</translation>
    </message>
    <message>
        <source>AttnScope did not close properly last time. Restore the work it saved automatically?</source>
        <translation>AttnScope ne s&apos;est pas fermé correctement la dernière fois. Restaurer le travail enregistré automatiquement&#xa0;?</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Layers × heads</source>
        <translation>Couches × têtes</translation>
    </message>
    <message>
        <source>Weights / compute dtype</source>
        <translation>Type des poids / du calcul</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>config.json SHA-256</source>
        <translation>SHA-256 de config.json</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s): </source>
        <translation>
            <numerusform>%n token&#xa0;: </numerusform>
            <numerusform>%n tokens&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>No heads masked.</source>
        <translation>Aucune tête masquée.</translation>
    </message>
    <message>
        <source>Masked heads (layer:head): %1</source>
        <translation>Têtes masquées (couche:tête)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prédictions</translation>
    </message>
    <message>
        <source>Most likely classes of the image.</source>
        <translation>Classes les plus probables de l&apos;image.</translation>
    </message>
    <message>
        <source>At the last position (%1), the model&apos;s top ten candidates%2.</source>
        <translation>À la dernière position (%1), les dix meilleurs candidats du modèle%2.</translation>
    </message>
    <message>
        <source> for the next token</source>
        <translation> pour le token suivant</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Probability with mask</source>
        <translation>Probabilité avec masque</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Probability without mask</source>
        <translation>Probabilité sans masque</translation>
    </message>
    <message>
        <source>Loss on the input: %1 nats without the mask, %2 with it (%3). Mean KL divergence of the predictions %4 nats, largest %5 at position %6.</source>
        <translation>Perte sur l&apos;entrée&#xa0;: %1 nats sans le masque, %2 avec (%3). Divergence KL moyenne des prédictions %4 nats, maximum %5 à la position %6.</translation>
    </message>
    <message>
        <source>Loss on the input: %1 nats.</source>
        <translation>Perte sur l&apos;entrée&#xa0;: %1 nats.</translation>
    </message>
    <message>
        <source>Head roles</source>
        <translation>Rôles des têtes</translation>
    </message>
    <message>
        <source>Roles by the first rule that holds: induction ≥ %1, previous token ≥ %2, sink ≥ %3, broad when the entropy fraction ≥ %4, local ≥ %5, else mixed. Formulas: docs/metrics.md.</source>
        <translation>Rôles selon la première règle vérifiée&#xa0;: induction ≥ %1, previous-token ≥ %2, sink ≥ %3, broad si l&apos;entropie relative ≥ %4, local ≥ %5, sinon mixed. Formules&#xa0;: docs/metrics.md.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Tête</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Puits</translation>
    </message>
    <message>
        <source>Prev. token</source>
        <translation>Token préc.</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>Induction</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Entropy frac.</source>
        <translation>Entropie rel.</translation>
    </message>
    <message>
        <source>Top key</source>
        <translation>Clé max.</translation>
    </message>
    <message>
        <source>Attention sinks</source>
        <translation>Puits d&apos;attention</translation>
    </message>
    <message>
        <source>%1 of %2 heads put at least half their attention on the first token (mean sink score %3). Strongest: layer %4, head %5 (%6). %7 massive activation(s) (residual norm over 10× its layer&apos;s median).</source>
        <translation>%1 têtes sur %2 portent au moins la moitié de leur attention sur le premier token (score de puits moyen %3). La plus forte&#xa0;: couche %4, tête %5 (%6). %7 activation(s) massive(s) (norme résiduelle supérieure à 10× la médiane de sa couche).</translation>
    </message>
    <message>
        <source>AttnScope report: %1</source>
        <translation>Rapport AttnScope&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written %1 by AttnScope %2.</source>
        <translation>Rédigé le %1 par AttnScope %2.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Predictions: %1</source>
        <translation>Prédictions&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation>Reproduire</translation>
    </message>
    <message>
        <source>This command opens the same model, runs the same input with the same mask and selects the same head:</source>
        <translation>Cette commande ouvre le même modèle, exécute la même entrée avec le même masque et sélectionne la même tête&#xa0;:</translation>
    </message>
    <message>
        <source>Or open the saved session %1 (attnscope --session FILE).</source>
        <translation>Ou ouvrez la session enregistrée %1 (attnscope --session FILE).</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Information flow: relevance matrices, the position&apos;s relevance and layered graph</source>
        <translation>Flux d&apos;information&#xa0;: matrices de pertinence, pertinence de la position et graphe par couches</translation>
    </message>
    <message>
        <source>Open the Information Flow view first.</source>
        <translation>Ouvrez d&apos;abord la vue «&#xa0;Flux d&apos;information&#xa0;».</translation>
    </message>
</context>
<context>
    <name>attnscope::app::AboutDialog</name>
    <message>
        <source>About AttnScope</source>
        <translation>À propos d&apos;AttnScope</translation>
    </message>
    <message>
        <source>AttnScope %1</source>
        <translation>AttnScope %1</translation>
    </message>
    <message>
        <source>Looks inside transformer models: how every layer and head attends, which heads matter, and what changes when heads are masked.</source>
        <translation>Regarde à l&apos;intérieur des modèles Transformer&#xa0;: comment chaque couche et chaque tête portent leur attention, quelles têtes comptent et ce qui change quand des têtes sont masquées.</translation>
    </message>
</context>
<context>
    <name>attnscope::app::AnalysisSession</name>
    <message>
        <source>Scoring heads</source>
        <translation>Évaluation des têtes</translation>
    </message>
    <message>
        <source>Head importance (%1)</source>
        <translation>Importance des têtes (%1)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Terms of the logit of “%1” at position %2 (logit %3; the heads add up to %4, the MLPs to %5, embeddings and biases to %6)</source>
        <translation>Termes du logit de «&#xa0;%1&#xa0;» à la position %2 (logit %3&#xa0;; les têtes totalisent %4, les MLP %5, les plongements et biais %6)</translation>
    </message>
    <message>
        <source>Logit attribution</source>
        <translation>Attribution de logit</translation>
    </message>
    <message>
        <source>no model is open</source>
        <translation>aucun modèle n&apos;est ouvert</translation>
    </message>
    <message>
        <source>Norm-weighted attention</source>
        <translation>Attention pondérée par la norme</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>Flux d&apos;information</translation>
    </message>
    <message>
        <source>Reading the input image</source>
        <translation>Lecture de l&apos;image d&apos;entrée</translation>
    </message>
</context>
<context>
    <name>attnscope::app::DemoGuide</name>
    <message>
        <source>Choose a demo from the Demos menu: each one runs a prepared text on the bundled demo model and says what to look at.</source>
        <translation>Choisissez une démo dans le menu Démos&#xa0;: chacune exécute un texte préparé sur le modèle de démonstration fourni et indique ce qu&apos;il faut observer.</translation>
    </message>
    <message>
        <source>Demo %1 of %2</source>
        <translation>Démo %1 sur %2</translation>
    </message>
    <message>
        <source>Run with Mask %1</source>
        <translation>Exécuter avec le masque %1</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>Demo %1 of %2 · step %3 of %4</source>
        <translation>Démo %1 sur %2 · étape %3 sur %4</translation>
    </message>
    <message>
        <source>Next step ›</source>
        <translation>Étape suivante ›</translation>
    </message>
    <message>
        <source>Next demo ›</source>
        <translation>Démo suivante ›</translation>
    </message>
    <message>
        <source>Next (→ or PageDown in presenter mode)</source>
        <translation>Suivant (→ ou Page suivante en mode présentation)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmbeddingDock</name>
    <message>
        <source>Current input</source>
        <translation>Entrée actuelle</translation>
    </message>
    <message>
        <source>Demo corpus</source>
        <translation>Corpus de démo</translation>
    </message>
    <message>
        <source>Demo-model texts</source>
        <translation>Textes du modèle de démo</translation>
    </message>
    <message>
        <source>Corpus file…</source>
        <translation>Fichier de corpus…</translation>
    </message>
    <message>
        <source>Whose queries and keys are embedded: the input just run, or every line of a corpus</source>
        <translation>Les requêtes et clés à plonger&#xa0;: l&apos;entrée qui vient d&apos;être exécutée, ou chaque ligne d&apos;un corpus</translation>
    </message>
    <message>
        <source>PCA is instant; t-SNE and UMAP keep neighbourhoods and refine while you watch</source>
        <translation>L&apos;ACP est instantanée&#xa0;; t-SNE et UMAP préservent les voisinages et s&apos;affinent sous vos yeux</translation>
    </message>
    <message>
        <source>All heads</source>
        <translation>Toutes les têtes</translation>
    </message>
    <message>
        <source>Every head of the model as a small embedding; click one to open it</source>
        <translation>Chaque tête du modèle sous forme de petit plongement&#xa0;; cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Points from</source>
        <translation>Points de</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <source>Text files, one input per line (*.txt);;All files (*)</source>
        <translation>Fichiers texte, une entrée par ligne (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The query–key embedding needs OpenGL, which this display does not offer. The all-heads matrix still works; for the embedding, run AttnScope on a desktop or under Xvfb.</source>
        <translation>Le plongement requêtes–clés nécessite OpenGL, que cet affichage ne propose pas. La matrice de toutes les têtes fonctionne toujours&#xa0;; pour le plongement, exécutez AttnScope sur un bureau ou sous Xvfb.</translation>
    </message>
    <message>
        <source>the query–key embedding needs OpenGL (on a machine without a display, run under Xvfb); the all-heads matrix (--matrix) does not</source>
        <translation>le plongement requêtes–clés nécessite OpenGL (sur une machine sans écran, exécutez sous Xvfb)&#xa0;; la matrice de toutes les têtes (--matrix) non</translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmbeddingSession</name>
    <message>
        <source>Open a model first.</source>
        <translation>Ouvrez d&apos;abord un modèle.</translation>
    </message>
    <message>
        <source>demo corpus</source>
        <translation>corpus de démo</translation>
    </message>
    <message>
        <source>demo-model texts</source>
        <translation>textes du modèle de démo</translation>
    </message>
    <message>
        <source>up to %1 MB</source>
        <translation>jusqu&apos;à %1 Mo</translation>
    </message>
    <message numerus="yes">
        <source>capturing %n input(s), %1…</source>
        <translation>
            <numerusform>capture de %n entrée, %1…</numerusform>
            <numerusform>capture de %n entrées, %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Corpus capture cancelled.</source>
        <translation>Capture du corpus annulée.</translation>
    </message>
    <message>
        <source>Capturing %1</source>
        <translation>Capture&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>embedding %n point(s)…</source>
        <translation>
            <numerusform>plongement de %n point…</numerusform>
            <numerusform>plongement de %n points…</numerusform>
        </translation>
    </message>
    <message>
        <source>current input</source>
        <translation>entrée actuelle</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n input(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n entrée</numerusform>
            <numerusform>%1&#xa0;: %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 points · %3 s</source>
        <translation>%1 · %2 points · %3 s</translation>
    </message>
    <message>
        <source> · UMAP of %1 landmarks, the other points placed among them</source>
        <translation> · UMAP de %1 points de repère, les autres points placés parmi eux</translation>
    </message>
    <message>
        <source> · %1 MB of vectors</source>
        <translation> · %1 Mo de vecteurs</translation>
    </message>
    <message>
        <source>Embedding cancelled.</source>
        <translation>Plongement annulé.</translation>
    </message>
    <message>
        <source>Embedding %1</source>
        <translation>Plongement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Matrix cancelled.</source>
        <translation>Matrice annulée.</translation>
    </message>
    <message>
        <source>Embedding every head</source>
        <translation>Plongement de toutes les têtes</translation>
    </message>
    <message>
        <source>layer %1 · head %2 · %3</source>
        <translation>couche %1 · tête %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2 points · from the saved session</source>
        <translation>%1 · %2 points · depuis la session enregistrée</translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmptyState</name>
    <message>
        <source>Open a model folder or drag one here</source>
        <translation>Ouvrez un dossier de modèle ou faites-le glisser ici</translation>
    </message>
    <message>
        <source>A model folder holds a Hugging Face model: config.json, one or more *.safetensors files and tokenizer.json. Once it is open, type a text and press Ctrl+Return to see how every layer and head attends.</source>
        <translation>Un dossier de modèle contient un modèle Hugging Face&#xa0;: config.json, un ou plusieurs fichiers *.safetensors et tokenizer.json. Une fois ouvert, saisissez un texte et appuyez sur Ctrl+Entrée pour voir où chaque couche et chaque tête portent leur attention.</translation>
    </message>
    <message>
        <source>Open Model Folder…</source>
        <translation>Ouvrir un dossier de modèle…</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ErrorReporter</name>
    <message>
        <source>%1

Where: %2</source>
        <comment>error dialog: the problem, then the file, tensor or key</comment>
        <translation>%1

Emplacement&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportActions</name>
    <message>
        <source>Predictions</source>
        <translation>Prédictions</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportDataDialog</name>
    <message>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Données à exporter</translation>
    </message>
    <message>
        <source>Data files (*.safetensors *.csv *.json *.npy)</source>
        <translation>Fichiers de données (*.safetensors *.csv *.json *.npy)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportFigureDialog</name>
    <message>
        <source>Transparent background</source>
        <translation>Fond transparent</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG vector graphics</source>
        <translation>Graphique vectoriel SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>from the DPI</source>
        <translation>selon la résolution</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>or width</source>
        <translation>ou largeur</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vue&#xa0;:</translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation>Panneau&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>PNG size:</source>
        <translation>Taille PNG&#xa0;:</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>Sous-titre&#xa0;:</translation>
    </message>
    <message>
        <source>The whole view</source>
        <translation>La vue entière</translation>
    </message>
    <message>
        <source>All panels</source>
        <translation>Tous les panneaux</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector graphics (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Graphique vectoriel SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Figures to include</source>
        <translation>Figures à inclure</translation>
    </message>
    <message>
        <source>HTML: one self-contained file with vector figures, for a browser. PDF: A4 pages with vector figures, for print. The model, input, predictions, head roles, sinks, versions and the command that reproduces it are always included.</source>
        <translation>HTML&#xa0;: un fichier autonome avec des figures vectorielles, pour un navigateur. PDF&#xa0;: des pages A4 avec des figures vectorielles, pour l&apos;impression. Le modèle, l&apos;entrée, les prédictions, les rôles des têtes, les puits, les versions et la commande qui le reproduit sont toujours inclus.</translation>
    </message>
    <message>
        <source>Reports (*.html *.pdf)</source>
        <translation>Rapports (*.html *.pdf)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::GuidedTour</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>Passer la visite</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Visite guidée</translation>
    </message>
    <message>
        <source>Tour: %1 of %2</source>
        <translation>Visite : %1 sur %2</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>attnscope::app::HuggingFaceCacheDialog</name>
    <message>
        <source>Open from Hugging Face Cache</source>
        <translation>Ouvrir depuis le cache Hugging Face</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>No models were found in %1. Download one with `huggingface-cli download ORG/NAME`, or open a model folder instead.</source>
        <translation>Aucun modèle trouvé dans %1. Téléchargez-en un avec `huggingface-cli download ORG/NAME`, ou ouvrez plutôt un dossier de modèle.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in %1</source>
        <translation>
            <numerusform>%n modèle dans %1</numerusform>
            <numerusform>%n modèles dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::app::JobRunner</name>
    <message>
        <source>Out of memory (%1 available). Try a shorter input, a smaller model or a lower precision.</source>
        <translation>Mémoire insuffisante (%1 disponible). Essayez une entrée plus courte, un modèle plus petit ou une précision plus faible.</translation>
    </message>
    <message>
        <source>The work stopped with an error that carries no message.</source>
        <translation>Le travail s&apos;est arrêté sur une erreur sans message.</translation>
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
        <translation>Dé&amp;mos</translation>
    </message>
    <message>
        <source>No demos yet</source>
        <translation>Aucune démo pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Model Folder…</source>
        <translation>&amp;Ouvrir un dossier de modèle…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Modèles &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>E&amp;xporter la figure…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Mask All Heads in Layer</source>
        <translation>&amp;Masquer toutes les têtes de la couche</translation>
    </message>
    <message>
        <source>&amp;Invert Mask</source>
        <translation>&amp;Inverser le masque</translation>
    </message>
    <message>
        <source>&amp;Clear Mask</source>
        <translation>&amp;Effacer le masque</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <source>Run with &amp;Mask</source>
        <translation>Exécuter avec &amp;masque</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About AttnScope</source>
        <translation>À &amp;propos d&apos;AttnScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1&#xa0;: annulé</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1&#xa0;: échec</translation>
    </message>
    <message>
        <source>%1 – AttnScope</source>
        <translation>%1 – AttnScope</translation>
    </message>
    <message>
        <source>Open Model Folder</source>
        <translation>Ouvrir un dossier de modèle</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The new language applies the next time AttnScope starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage d&apos;AttnScope.</translation>
    </message>
    <message>
        <source>Open from Hugging &amp;Face Cache…</source>
        <translation>Ouvrir depuis le cache Hugging &amp;Face…</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>Ouvrir une &amp;session…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>&amp;Enregistrer la session</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Enre&amp;gistrer la session sous…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>Exporter les &amp;données…</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>Exporter le ra&amp;pport…</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>Exporter %1…</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>The view in front fills the screen with large fonts, the Demo Guide below it; → and PageDown step through the demos</source>
        <translation>La vue au premier plan remplit l&apos;écran en grands caractères, le guide des démos en dessous ; → et Page suivante parcourent les démos</translation>
    </message>
    <message>
        <source>&amp;Next Demo Step</source>
        <translation>Étape de démo &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Demo Step</source>
        <translation>Étape de démo &amp;précédente</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>&amp;Visite guidée</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ModelInfoPanel</name>
    <message>
        <source>No model is open. Open a model folder (File › Open Model Folder…) or pick one from the Hugging Face cache.</source>
        <translation>Aucun modèle n&apos;est ouvert. Ouvrez un dossier de modèle (Fichier › Ouvrir un dossier de modèle…) ou choisissez-en un dans le cache Hugging Face.</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Layers × heads</source>
        <translation>Couches × têtes</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>Dimension des têtes</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Dimension cachée</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>Max positions</source>
        <translation>Positions max.</translation>
    </message>
    <message>
        <source>Weights on disk</source>
        <translation>Poids sur disque</translation>
    </message>
    <message>
        <source>Computes in</source>
        <translation>Calcule en</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokeniseur</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>%1 (model_type %2)</source>
        <translation>%1 (model_type %2)</translation>
    </message>
    <message>
        <source>vision (image patches)</source>
        <translation>vision (patchs d&apos;image)</translation>
    </message>
    <message>
        <source>causal language model (each token sees earlier ones)</source>
        <translation>modèle de langue causal (chaque token voit les précédents)</translation>
    </message>
    <message>
        <source>bidirectional encoder (each token sees all)</source>
        <translation>encodeur bidirectionnel (chaque token voit tous les autres)</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 key/value heads)</source>
        <translation>%1 × %2 (%3 têtes clé/valeur)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>none (image model)</source>
        <translation>aucun (modèle d&apos;image)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>no limit (relative positions)</source>
        <translation>aucune limite (positions relatives)</translation>
    </message>
    <message>
        <source>encoder %1 × %2, decoder %3 × %4</source>
        <translation>encodeur %1 × %2, décodeur %3 × %4</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ModelSession</name>
    <message>
        <source>Layer %1 / %2</source>
        <translation>Couche %1 / %2</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Chargement de %1</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>Ouvrez d&apos;abord un modèle.</translation>
    </message>
    <message>
        <source>Choose an image: this model reads images.</source>
        <translation>Choisissez une image&#xa0;: ce modèle lit des images.</translation>
    </message>
    <message>
        <source>This model folder has no tokenizer, so text cannot be run.</source>
        <translation>Ce dossier de modèle n&apos;a pas de tokeniseur&#xa0;: impossible d&apos;exécuter du texte.</translation>
    </message>
    <message>
        <source>The tokenizer could not be loaded: %1</source>
        <translation>Impossible de charger le tokeniseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Le texte est vide.</translation>
    </message>
    <message>
        <source>The text has no tokens.</source>
        <translation>Le texte ne contient aucun token.</translation>
    </message>
    <message>
        <source>The text has %1 tokens, but this model takes at most %2.</source>
        <translation>Le texte compte %1 tokens, mais ce modèle en accepte au plus %2.</translation>
    </message>
    <message>
        <source>Run with mask failed</source>
        <translation>Échec de l&apos;exécution avec masque</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Échec de l&apos;exécution</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Running with mask %1</source>
        <translation>Exécution avec le masque %1</translation>
    </message>
    <message>
        <source>The run produced NaN or infinity</source>
        <translation>L&apos;exécution a produit NaN ou l&apos;infini</translation>
    </message>
    <message>
        <source>%1. The views show them as empty cells and “–”.</source>
        <translation>%1. Les vues les affichent comme des cellules vides et «&#xa0;–&#xa0;».</translation>
    </message>
    <message>
        <source>The target text has no tokens.</source>
        <translation>Le texte cible n&apos;a aucun token.</translation>
    </message>
</context>
<context>
    <name>attnscope::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Tous les cœurs (%1)</translation>
    </message>
    <message>
        <source>CUDA (not available)</source>
        <translation>CUDA (non disponible)</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Langue (après redémarrage)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads&#xa0;:</translation>
    </message>
    <message>
        <source>float32 matches the reference numbers; bfloat16 and float16 halve the memory</source>
        <translation>float32 correspond aux valeurs de référence&#xa0;; bfloat16 et float16 divisent la mémoire par deux</translation>
    </message>
    <message>
        <source>&amp;Device (next model opened):</source>
        <translation>&amp;Périphérique (prochain modèle ouvert)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Compute in (next model opened):</source>
        <translation>&amp;Calculer en (prochain modèle ouvert)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>attnscope::app::RecentModels</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer le menu</translation>
    </message>
</context>
<context>
    <name>attnscope::app::SessionController</name>
    <message>
        <source>Save Session failed</source>
        <translation>Échec de l&apos;enregistrement de la session</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>AttnScope sessions (*.attnscope)</source>
        <translation>Sessions AttnScope (*.attnscope)</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>AttnScope sessions (*.attnscope);;All files (*)</source>
        <translation>Sessions AttnScope (*.attnscope);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Session failed</source>
        <translation>Échec de l&apos;ouverture de la session</translation>
    </message>
    <message>
        <source>The model folder of this session is gone:
%1

Choose where the model is now.</source>
        <translation>Le dossier du modèle de cette session a disparu&#xa0;:
%1

Indiquez où se trouve maintenant le modèle.</translation>
    </message>
    <message>
        <source>Where is the model now?</source>
        <translation>Où se trouve le modèle maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>The model&apos;s config.json has changed since the session was saved; the numbers may differ from the saved ones.</source>
        <translation>Le config.json du modèle a changé depuis l&apos;enregistrement de la session&#xa0;; les valeurs peuvent différer de celles enregistrées.</translation>
    </message>
    <message>
        <source>The model&apos;s weight files have changed since the session was saved.</source>
        <translation>Les fichiers de poids du modèle ont changé depuis l&apos;enregistrement de la session.</translation>
    </message>
    <message>
        <source>Mask from the session</source>
        <translation>Masque de la session</translation>
    </message>
</context>
<context>
    <name>attnscope::app::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the running job; the views keep their previous results</source>
        <translation>Arrêter la tâche en cours&#xa0;; les vues conservent leurs résultats précédents</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Périphérique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>attnscope::app::UserGuideDialog</name>
    <message>
        <source>AttnScope User Guide</source>
        <translation>Guide de l&apos;utilisateur d&apos;AttnScope</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Back to the guide&apos;s contents</source>
        <translation>Retour au sommaire du guide</translation>
    </message>
    <message>
        <source>AttnScope&apos;s resources were not found, so neither is its user guide. Set ATTNSCOPE_RESOURCES to the folder that holds demos.json and user-guide/.</source>
        <translation>Les ressources d&apos;AttnScope sont introuvables, et donc son guide de l&apos;utilisateur aussi. Définissez ATTNSCOPE_RESOURCES sur le dossier qui contient demos.json et user-guide/.</translation>
    </message>
    <message>
        <source>The user guide is not installed: %1 is missing. It comes with AttnScope in share/attnscope/user-guide; reinstalling AttnScope brings it back.</source>
        <translation>Le guide de l&apos;utilisateur n&apos;est pas installé : %1 est manquant. Il est fourni avec AttnScope dans share/attnscope/user-guide ; réinstaller AttnScope le rétablit.</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ViewCatalog</name>
    <message>
        <source>Head View</source>
        <translation>Vue des têtes</translation>
    </message>
    <message>
        <source>Lines from each token to the tokens it attends to, one colour per head.</source>
        <translation>Des lignes de chaque token vers les tokens auxquels il prête attention, une couleur par tête.</translation>
    </message>
    <message>
        <source>Model View</source>
        <translation>Vue du modèle</translation>
    </message>
    <message>
        <source>Every layer and head at a glance, as small attention maps.</source>
        <translation>Toutes les couches et têtes d&apos;un coup d&apos;œil, en petites cartes d&apos;attention.</translation>
    </message>
    <message>
        <source>Attention Map</source>
        <translation>Carte d&apos;attention</translation>
    </message>
    <message>
        <source>The full attention matrix of the selected head.</source>
        <translation>La matrice d&apos;attention complète de la tête sélectionnée.</translation>
    </message>
    <message>
        <source>Query–Key Embeddings</source>
        <translation>Plongements requêtes–clés</translation>
    </message>
    <message>
        <source>Attention Sinks</source>
        <translation>Puits d&apos;attention</translation>
    </message>
    <message>
        <source>How much attention each head gives to the first token.</source>
        <translation>Quelle part de son attention chaque tête accorde au premier token.</translation>
    </message>
    <message>
        <source>Head Mask</source>
        <translation>Masque des têtes</translation>
    </message>
    <message>
        <source>Click heads to mask them, then Run with Mask.</source>
        <translation>Cliquez sur des têtes pour les masquer, puis sur Exécuter avec masque.</translation>
    </message>
    <message>
        <source>Head Roles</source>
        <translation>Rôles des têtes</translation>
    </message>
    <message>
        <source>Every head&apos;s scores and the role they suggest.</source>
        <translation>Les scores de chaque tête et le rôle qu&apos;ils suggèrent.</translation>
    </message>
    <message>
        <source>Head Importance</source>
        <translation>Importance des têtes</translation>
    </message>
    <message>
        <source>How much the loss changes when each head is masked.</source>
        <translation>De combien la perte varie quand chaque tête est masquée.</translation>
    </message>
    <message>
        <source>Queries and keys of the selected head, laid out in 2D or 3D by PCA, t-SNE or UMAP.</source>
        <translation>Requêtes et clés de la tête sélectionnée, disposées en 2D ou en 3D par ACP, t-SNE ou UMAP.</translation>
    </message>
    <message>
        <source>Information Flow</source>
        <translation>Flux d&apos;information</translation>
    </message>
    <message>
        <source>Where each position&apos;s information comes from across all layers: attention rollout and attention flow beside raw attention, per token or over the image, with the layered graph.</source>
        <translation>D&apos;où vient l&apos;information de chaque position à travers toutes les couches&#xa0;: rollout et flux d&apos;attention à côté de l&apos;attention brute, par token ou sur l&apos;image, avec le graphe par couches.</translation>
    </message>
    <message>
        <source>&amp;Go to View</source>
        <translation>&amp;Aller à la vue</translation>
    </message>
</context>
<context>
    <name>attnscope::app::Workspace</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Demo Guide</source>
        <translation>Guide des démos</translation>
    </message>
    <message>
        <source>%1 tokens in its vocabulary</source>
        <translation>%1 tokens dans son vocabulaire</translation>
    </message>
    <message>
        <source>none needed (the input is an image)</source>
        <translation>aucun nécessaire (l&apos;entrée est une image)</translation>
    </message>
    <message>
        <source>none found: text cannot be run</source>
        <translation>aucun trouvé&#xa0;: impossible d&apos;exécuter du texte</translation>
    </message>
    <message>
        <source>failed to load: %1</source>
        <translation>échec du chargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo mask %1</source>
        <translation>Masque de démo %1</translation>
    </message>
    <message>
        <source>--image failed</source>
        <translation>Échec de --image</translation>
    </message>
    <message>
        <source>--mask failed</source>
        <translation>Échec de --mask</translation>
    </message>
    <message>
        <source>No model is open to run with a mask.</source>
        <translation>Aucun modèle n&apos;est ouvert pour une exécution avec masque.</translation>
    </message>
    <message>
        <source>Mask %1</source>
        <translation>Masque %1</translation>
    </message>
    <message>
        <source>--layer failed</source>
        <translation>Échec de --layer</translation>
    </message>
    <message numerus="yes">
        <source>The model has %n layer(s), numbered from 0.</source>
        <translation>
            <numerusform>Le modèle a %n couche, numérotée à partir de 0.</numerusform>
            <numerusform>Le modèle a %n couches, numérotées à partir de 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>--head failed</source>
        <translation>Échec de --head</translation>
    </message>
    <message numerus="yes">
        <source>The model has %n head(s) per layer, numbered from 0.</source>
        <translation>
            <numerusform>Le modèle a %n tête par couche, numérotée à partir de 0.</numerusform>
            <numerusform>Le modèle a %n têtes par couche, numérotées à partir de 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>--corpus failed</source>
        <translation>Échec de --corpus</translation>
    </message>
    <message>
        <source>No model is open to capture the corpus with.</source>
        <translation>Aucun modèle n&apos;est ouvert pour capturer le corpus.</translation>
    </message>
    <message>
        <source>--token failed</source>
        <translation>Échec de --token</translation>
    </message>
    <message numerus="yes">
        <source>The input has %n token(s), numbered from 0.</source>
        <translation>
            <numerusform>L&apos;entrée a %n token, numéroté à partir de 0.</numerusform>
            <numerusform>L&apos;entrée a %n tokens, numérotés à partir de 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Query-key embedding failed</source>
        <translation>Échec du plongement requêtes–clés</translation>
    </message>
    <message>
        <source>--importance failed</source>
        <translation>Échec de --importance</translation>
    </message>
    <message>
        <source>Run a text first: the sweep measures the input.</source>
        <translation>Exécutez d&apos;abord un texte&#xa0;: le balayage mesure l&apos;entrée.</translation>
    </message>
    <message>
        <source>No such corpus file or folder.</source>
        <translation>Fichier ou dossier de corpus introuvable.</translation>
    </message>
    <message>
        <source>Your input</source>
        <translation>Votre entrée</translation>
    </message>
    <message>
        <source>Type or paste a text here (an image for vision models) and press &lt;b&gt;Run&lt;/b&gt; (Ctrl+Return). Every view then shows how this input was attended.</source>
        <translation>Tapez ou collez un texte ici (une image pour les modèles de vision) et appuyez sur &lt;b&gt;Exécuter&lt;/b&gt; (Ctrl+Entrée). Chaque vue montre alors comment l&apos;attention s&apos;est portée sur cette entrée.</translation>
    </message>
    <message>
        <source>The token strip</source>
        <translation>La bande des tokens</translation>
    </message>
    <message>
        <source>How the model&apos;s tokenizer splits your text, updated as you type. Click a token to select it: every view highlights it.</source>
        <translation>Comment le tokeniseur du modèle découpe votre texte, mis à jour pendant la saisie. Cliquez sur un token pour le sélectionner : chaque vue le met en évidence.</translation>
    </message>
    <message>
        <source>Head view</source>
        <translation>Vue des têtes</translation>
    </message>
    <message>
        <source>Lines from each query token (left) to the keys it attends to (right), one colour per head, thicker for more attention. Point at a token to see only its lines.</source>
        <translation>Des lignes de chaque token requête (à gauche) vers les clés auxquelles il prête attention (à droite), une couleur par tête, plus épaisses pour plus d&apos;attention. Pointez un token pour ne voir que ses lignes.</translation>
    </message>
    <message>
        <source>Model view</source>
        <translation>Vue du modèle</translation>
    </message>
    <message>
        <source>Every head of every layer at once, as small maps. Click one to select it in all views; right-click (or Ctrl+click) to mask it.</source>
        <translation>Toutes les têtes de toutes les couches à la fois, en petites cartes. Cliquez-en une pour la sélectionner dans toutes les vues ; clic droit (ou Ctrl+clic) pour la masquer.</translation>
    </message>
    <message>
        <source>Masking heads</source>
        <translation>Masquer des têtes</translation>
    </message>
    <message>
        <source>Heads to switch off, as &lt;i&gt;layer:head&lt;/i&gt; pairs (0-based), e.g. &lt;b&gt;1:0&lt;/b&gt;. &lt;b&gt;Run with Mask&lt;/b&gt; (Ctrl+Shift+Return) runs again without them and shows before and after.</source>
        <translation>Les têtes à désactiver, en paires &lt;i&gt;couche:tête&lt;/i&gt; (comptées à partir de 0), par ex. &lt;b&gt;1:0&lt;/b&gt;. &lt;b&gt;Exécuter avec masque&lt;/b&gt; (Ctrl+Maj+Entrée) relance sans elles et montre avant et après.</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prédictions</translation>
    </message>
    <message>
        <source>The model&apos;s most likely next tokens for the selected position, and after a masked run, how they changed.</source>
        <translation>Les tokens suivants les plus probables selon le modèle à la position sélectionnée et, après une exécution masquée, comment ils ont changé.</translation>
    </message>
    <message>
        <source>Attention sinks</source>
        <translation>Puits d&apos;attention</translation>
    </message>
    <message>
        <source>Which tokens receive attention no matter what the query is (often the first token), and how much of it each head parks there.</source>
        <translation>Quels tokens reçoivent de l&apos;attention quelle que soit la requête (souvent le premier token), et quelle part chaque tête y dépose.</translation>
    </message>
    <message>
        <source>Query–key embeddings</source>
        <translation>Plongements requêtes–clés</translation>
    </message>
    <message>
        <source>The queries and keys of a head as points in 2-D or 3-D (PCA, t-SNE, UMAP): queries land near the keys they attend to.</source>
        <translation>Les requêtes et les clés d&apos;une tête, comme points en 2D ou 3D (ACP, t-SNE, UMAP) : les requêtes se placent près des clés auxquelles elles prêtent attention.</translation>
    </message>
    <message>
        <source>Demos and help</source>
        <translation>Démos et aide</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Demos&lt;/b&gt; menu holds prepared lessons on the bundled model, and &lt;b&gt;View › Presenter Mode&lt;/b&gt; (F5) shows them in a lecture hall. &lt;b&gt;Help › Guided Tour&lt;/b&gt; brings this tour back.</source>
        <translation>Le menu &lt;b&gt;Démos&lt;/b&gt; contient des leçons prêtes sur le modèle fourni, et &lt;b&gt;Affichage › Mode présentation&lt;/b&gt; (F5) les montre en amphithéâtre. &lt;b&gt;Aide › Visite guidée&lt;/b&gt; relance cette visite.</translation>
    </message>
    <message>
        <source>self-attention only</source>
        <translation>auto-attention seulement</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>encodeur</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>décodeur</translation>
    </message>
    <message>
        <source>cross-attention</source>
        <translation>attention croisée</translation>
    </message>
    <message>
        <source>--on-image failed</source>
        <translation>--on-image a échoué</translation>
    </message>
    <message>
        <source>The attention map shows no image: run an image through a vision model first.</source>
        <translation>La carte d&apos;attention ne montre aucune image : exécutez d&apos;abord une image dans un modèle de vision.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::AttentionMapCanvas</name>
    <message>
        <source>Δ weight</source>
        <translation>Δ poids</translation>
    </message>
    <message>
        <source>Mean weight</source>
        <translation>Poids moyen</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Query %1  “%2”
Key %3  “%4”
%5  %6</source>
        <translation>Requête %1  «&#xa0;%2&#xa0;»
Clé %3  «&#xa0;%4&#xa0;»
%5  %6</translation>
    </message>
    <message>
        <source>Run a text to see its attention map</source>
        <translation>Exécutez un texte pour voir sa carte d&apos;attention</translation>
    </message>
    <message>
        <source>keys →</source>
        <translation>clés →</translation>
    </message>
    <message>
        <source>queries ↓</source>
        <translation>requêtes ↓</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>Attention map</source>
        <translation>Carte d&apos;attention</translation>
    </message>
    <message>
        <source>Attention weights of the selected head, queries down and keys across. Up and Down select a query row, plus and minus zoom, 0 fits the map.</source>
        <translation>Les poids d&apos;attention de la tête sélectionnée, requêtes vers le bas et clés en travers. Haut et Bas choisissent une ligne de requête, plus et moins zooment, 0 ajuste la carte.</translation>
    </message>
    <message>
        <source>keys (source) →</source>
        <translation>clés (source) →</translation>
    </message>
    <message>
        <source>queries (target) ↓</source>
        <translation>requêtes (cible) ↓</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::AttentionMapView</name>
    <message>
        <source>Mean of heads</source>
        <translation>Moyenne des têtes</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Log scale shows weights from 10⁻⁴ to 1</source>
        <translation>L&apos;échelle logarithmique montre les poids de 10⁻⁴ à 1</translation>
    </message>
    <message>
        <source>Show the mean over the layer&apos;s heads instead of the focused head</source>
        <translation>Afficher la moyenne sur les têtes de la couche au lieu de la tête active</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole map (double-click the map does the same)</source>
        <translation>Afficher toute la carte (un double-clic sur la carte fait de même)</translation>
    </message>
    <message>
        <source>rendering attention map tiles</source>
        <translation>rendu des tuiles de la carte d&apos;attention</translation>
    </message>
    <message>
        <source>Layer %1 · mean of %2 heads</source>
        <translation>Couche %1 · moyenne de %2 têtes</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2</source>
        <translation>Couche %1 · Tête %2</translation>
    </message>
    <message>
        <source>  ·  after − before</source>
        <translation>  ·  après − avant</translation>
    </message>
    <message>
        <source>  ·  masked</source>
        <translation>  ·  masquée</translation>
    </message>
    <message>
        <source>Δ attention weight (after − before)</source>
        <translation>Δ poids d&apos;attention (après − avant)</translation>
    </message>
    <message>
        <source>mean attention weight</source>
        <translation>poids d&apos;attention moyen</translation>
    </message>
    <message>
        <source>attention weight</source>
        <translation>poids d&apos;attention</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Exécutez d&apos;abord un texte.</translation>
    </message>
    <message>
        <source>  ·  norm-weighted</source>
        <translation>  ·  pondérée par la norme</translation>
    </message>
    <message>
        <source>The image this run saw could not be read again.</source>
        <translation>L&apos;image de cette exécution n&apos;a pas pu être relue.</translation>
    </message>
    <message>
        <source>The image is still being read.</source>
        <translation>L&apos;image est encore en cours de lecture.</translation>
    </message>
    <message>
        <source>The image shows this run&apos;s attention; show the matrix for after − before</source>
        <translation>L&apos;image montre l&apos;attention de cette exécution ; affichez la matrice pour après − avant</translation>
    </message>
    <message>
        <source>No capture</source>
        <translation>Pas d&apos;exécution</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Lecture de l&apos;image…</translation>
    </message>
    <message>
        <source>The image this run saw could not be read again</source>
        <translation>L&apos;image de cette exécution n&apos;a pas pu être relue</translation>
    </message>
    <message>
        <source>Cannot compute the attention: %1</source>
        <translation>Impossible de calculer l&apos;attention : %1</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>token %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>On image</source>
        <translation>Sur l&apos;image</translation>
    </message>
    <message>
        <source>Show the whole attention matrix, or the attention of the selected token (else the class token) as a heat overlay on the image</source>
        <translation>Afficher toute la matrice d&apos;attention, ou l&apos;attention du token choisi (sinon du token de classe) en surimpression colorée sur l&apos;image</translation>
    </message>
    <message>
        <source>Show attention as</source>
        <translation>Afficher l&apos;attention comme</translation>
    </message>
    <message>
        <source>Attention on the image</source>
        <translation>Attention sur l&apos;image</translation>
    </message>
    <message>
        <source>Click a patch to show its attention</source>
        <translation>Cliquez sur un patch pour afficher son attention</translation>
    </message>
    <message>
        <source>Layer %1 · mean of %2 heads · attention of %3</source>
        <translation>Couche %1 · moyenne de %2 têtes · attention de %3</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2 · attention of %3</source>
        <translation>Couche %1 · Tête %2 · attention de %3</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::CaptureView</name>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Show this run minus the run before the mask changed (red: more attention, blue: less)</source>
        <translation>Afficher cette exécution moins l&apos;exécution d&apos;avant le changement de masque (rouge&#xa0;: plus d&apos;attention, bleu&#xa0;: moins)</translation>
    </message>
    <message>
        <source>Norm weighting is not available: %1</source>
        <translation>La pondération par la norme n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Norm-weighted</source>
        <translation>Pondérée (norme)</translation>
    </message>
    <message>
        <source>Weigh each attention weight by the norm of what its key&apos;s value vector writes through the output projection, rows renormalised (Kobayashi et al., 2020)</source>
        <translation>Pondérer chaque poids d&apos;attention par la norme de ce que le vecteur valeur de sa clé écrit à travers la projection de sortie, lignes renormalisées (Kobayashi et al., 2020)</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::EmbeddingLegend</name>
    <message>
        <source>queries</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>clés</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>and %1 more inputs</source>
        <translation>et %1 autres entrées</translation>
    </message>
    <message>
        <source>dark: queries · light: keys</source>
        <translation>foncé&#xa0;: requêtes · clair&#xa0;: clés</translation>
    </message>
    <message>
        <source>click a query or key to colour by its attention</source>
        <translation>cliquez sur une requête ou une clé pour colorer selon son attention</translation>
    </message>
    <message>
        <source>attention %1</source>
        <translation>attention %1</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>%1 points · %2 inputs</source>
        <translation>%1 points · %2 entrées</translation>
    </message>
    <message>
        <source>moving: %1 of %2 points drawn</source>
        <translation>en mouvement&#xa0;: %1 points sur %2 dessinés</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FlowGraphPlot</name>
    <message>
        <source> · %1 of %2 tokens, those that carry the most</source>
        <translation> · %1 tokens sur %2, ceux qui portent le plus</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
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
        <translation>position</translation>
    </message>
    <message>
        <source>input token</source>
        <translation>token d&apos;entrée</translation>
    </message>
    <message>
        <source>relevance</source>
        <translation>pertinence</translation>
    </message>
    <message>
        <source>Click a row to show that position&apos;s relevance and graph</source>
        <translation>Cliquez sur une ligne pour afficher la pertinence et le graphe de cette position</translation>
    </message>
    <message>
        <source>Raw attention (last layer)</source>
        <translation>Attention brute (dernière couche)</translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation>Rollout d&apos;attention</translation>
    </message>
    <message>
        <source>Attention flow</source>
        <translation>Flux d&apos;attention</translation>
    </message>
    <message>
        <source>Where each position&apos;s information comes from once the layers have mixed it. Rollout multiplies every layer&apos;s head-averaged attention, with the residual connection added as ½·I; flow treats the layers as a network of pipes whose capacities are those weights and finds how much can reach the position from each input token (Abnar &amp; Zuidema, 2020). Both follow the information through all layers; raw attention shows the last layer only.</source>
        <translation>D&apos;où vient l&apos;information de chaque position une fois que les couches l&apos;ont mélangée. Le rollout multiplie l&apos;attention moyennée sur les têtes de chaque couche, en ajoutant la connexion résiduelle sous forme de ½·I&#xa0;; le flux traite les couches comme un réseau de tuyaux dont les capacités sont ces poids et détermine quelle quantité peut atteindre la position depuis chaque token d&apos;entrée (Abnar &amp; Zuidema, 2020). Les deux suivent l&apos;information à travers toutes les couches&#xa0;; l&apos;attention brute ne montre que la dernière couche.</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>The method of the position&apos;s relevance and graph</source>
        <translation>La méthode utilisée pour la pertinence et le graphe de la position</translation>
    </message>
    <message>
        <source>Leave masked heads out</source>
        <translation>Exclure les têtes masquées</translation>
    </message>
    <message>
        <source>Average only the heads that were not masked in this run</source>
        <translation>Ne moyenner que les têtes qui n&apos;étaient pas masquées lors de cette exécution</translation>
    </message>
    <message>
        <source>Position&apos;s relevance and graph by:</source>
        <translation>Pertinence et graphe de la position par&#xa0;:</translation>
    </message>
    <message>
        <source>No capture</source>
        <translation>Aucune capture</translation>
    </message>
    <message>
        <source>computed in %1 s</source>
        <translation>calculé en %1 s</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul…</translation>
    </message>
    <message>
        <source>position %1 (%2)</source>
        <translation>position %1 (%2)</translation>
    </message>
    <message>
        <source>Whole matrices are drawn up to %1 tokens; this input has %2, so only the selected position is computed.</source>
        <translation>Les matrices complètes sont dessinées jusqu&apos;à %1 tokens&#xa0;; cette entrée en compte %2, seule la position sélectionnée est donc calculée.</translation>
    </message>
    <message>
        <source>The flow matrix is computed up to %1 tokens (a maximum-flow problem per cell); below, flow is computed for the selected position.</source>
        <translation>La matrice de flux est calculée jusqu&apos;à %1 tokens (un problème de flot maximal par cellule)&#xa0;; en dessous, le flux est calculé pour la position sélectionnée.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Position %1 (%2) through the layers</source>
        <translation>Position %1 (%2) à travers les couches</translation>
    </message>
    <message>
        <source>Information flow, %1</source>
        <translation>Flux d&apos;information, %1</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>Flux d&apos;information</translation>
    </message>
    <message>
        <source>Run a text or an image first</source>
        <translation>Exécutez d&apos;abord un texte ou une image</translation>
    </message>
    <message>
        <source>The information flow is still being computed</source>
        <translation>Le flux d&apos;information est encore en cours de calcul</translation>
    </message>
    <message>
        <source>Relevance matrices</source>
        <translation>Matrices de pertinence</translation>
    </message>
    <message>
        <source>Relevance over the image</source>
        <translation>Pertinence sur l&apos;image</translation>
    </message>
    <message>
        <source>Relevance of each input token</source>
        <translation>Pertinence de chaque token d&apos;entrée</translation>
    </message>
    <message>
        <source>Layered graph</source>
        <translation>Graphe par couches</translation>
    </message>
    <message>
        <source>%1: relevance %2</source>
        <translation>%1&#xa0;: pertinence %2</translation>
    </message>
    <message>
        <source>computing… %1 %</source>
        <translation>calcul… %1 %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadChips</name>
    <message>
        <source>Click a head to show or hide it; double-click to show it alone</source>
        <translation>Cliquez sur une tête pour l&apos;afficher ou la cacher&#xa0;; double-cliquez pour n&apos;afficher qu&apos;elle</translation>
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
        <translation>Couche %1, tête %2&#xa0;: masquée (cliquez pour démasquer)</translation>
    </message>
    <message>
        <source>Layer %1, head %2 (click to mask)</source>
        <translation>Couche %1, tête %2 (cliquez pour masquer)</translation>
    </message>
    <message>
        <source>Mask every head of layer %1</source>
        <translation>Masquer toutes les têtes de la couche %1</translation>
    </message>
    <message numerus="yes">
        <source>Head mask: %n head(s) masked</source>
        <translation>
            <numerusform>Masque des têtes&#xa0;: %n tête masquée</numerusform>
            <numerusform>Masque des têtes&#xa0;: %n têtes masquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>Ouvrez d&apos;abord un modèle.</translation>
    </message>
    <message>
        <source>Head mask</source>
        <translation>Masque des têtes</translation>
    </message>
    <message>
        <source>Head mask grid</source>
        <translation>Grille du masque des têtes</translation>
    </message>
    <message>
        <source>One square per head. Arrow keys select a head, Space masks or unmasks it, L masks its whole layer.</source>
        <translation>Un carré par tête. Les flèches choisissent une tête, Espace la masque ou la démasque, L masque toute sa couche.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadRolesModel</name>
    <message>
        <source>Layer %1, head %2: %3 under the current thresholds</source>
        <translation>Couche %1, tête %2&#xa0;: %3 avec les seuils actuels</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Tête</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Puits</translation>
    </message>
    <message>
        <source>Value sink</source>
        <translation>Puits de valeur</translation>
    </message>
    <message>
        <source>Prev. token</source>
        <translation>Token préc.</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>Induction</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Entropy frac.</source>
        <translation>Entropie rel.</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <source>Top key</source>
        <translation>Clé max.</translation>
    </message>
    <message>
        <source>Top share</source>
        <translation>Part max.</translation>
    </message>
    <message>
        <source>The first rule that holds: induction, previous-token, sink, broad, local, else mixed</source>
        <translation>La première règle vérifiée&#xa0;: induction, previous-token, sink, broad, local, sinon mixed</translation>
    </message>
    <message>
        <source>Mean attention of queries after the first to the first token</source>
        <translation>Attention moyenne des requêtes après la première vers le premier token</translation>
    </message>
    <message>
        <source>The first token&apos;s share of value-weighted attention (low: a no-op sink)</source>
        <translation>Part du premier token dans l&apos;attention pondérée par les valeurs (faible&#xa0;: un puits sans effet)</translation>
    </message>
    <message>
        <source>Mean attention to the previous token</source>
        <translation>Attention moyenne vers le token précédent</translation>
    </message>
    <message>
        <source>On the [BOS] R R probe: attention to the token after the earlier copy (– without a probe run)</source>
        <translation>Sur la sonde [BOS] R R&#xa0;: attention vers le token qui suit la copie antérieure (– sans exécution de sonde)</translation>
    </message>
    <message>
        <source>Attention within two positions of the query</source>
        <translation>Attention à moins de deux positions de la requête</translation>
    </message>
    <message>
        <source>Entropy relative to uniform over the keys a query can see (1 = uniform)</source>
        <translation>Entropie relative à la distribution uniforme sur les clés visibles par une requête (1 = uniforme)</translation>
    </message>
    <message>
        <source>Mean entropy of a query&apos;s attention, in nats</source>
        <translation>Entropie moyenne de l&apos;attention d&apos;une requête, en nats</translation>
    </message>
    <message>
        <source>The position receiving the most attention</source>
        <translation>La position qui reçoit le plus d&apos;attention</translation>
    </message>
    <message>
        <source>Mean attention that position receives</source>
        <translation>Attention moyenne reçue par cette position</translation>
    </message>
    <message>
        <source>Logit attr.</source>
        <translation>Attr. logit</translation>
    </message>
    <message>
        <source>Direct logit attribution: what the head writes into the predicted token&apos;s logit at the last position, through the final norm frozen at the run&apos;s value (red: up, blue: down)</source>
        <translation>Attribution directe de logit&#xa0;: ce que la tête écrit dans le logit du token prédit à la dernière position, à travers la normalisation finale figée à sa valeur de cette exécution (rouge&#xa0;: hausse, bleu&#xa0;: baisse)</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadRolesTable</name>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Filter: role, “L2 H1” or “2:1”</source>
        <translation>Filtre&#xa0;: rôle, «&#xa0;L2 H1&#xa0;» ou «&#xa0;2:1&#xa0;»</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Couche&#xa0;:</translation>
    </message>
    <message>
        <source>Role thresholds (first rule that holds)</source>
        <translation>Seuils des rôles (première règle vérifiée)</translation>
    </message>
    <message>
        <source>induction ≥</source>
        <translation>induction ≥</translation>
    </message>
    <message>
        <source>prev. token ≥</source>
        <translation>token préc. ≥</translation>
    </message>
    <message>
        <source>sink ≥</source>
        <translation>puits ≥</translation>
    </message>
    <message>
        <source>broad: entropy frac. ≥</source>
        <translation>large&#xa0;: entropie rel. ≥</translation>
    </message>
    <message>
        <source>local ≥</source>
        <translation>local ≥</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&lt;i&gt;No scores yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun score pour l&apos;instant.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 heads: </source>
        <translation>%1 têtes&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>%n head(s)</source>
        <translation>
            <numerusform>%n tête</numerusform>
            <numerusform>%n têtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a text first (or loosen the filters).</source>
        <translation>Exécutez d&apos;abord un texte (ou assouplissez les filtres).</translation>
    </message>
    <message>
        <source>Head roles</source>
        <translation>Rôles des têtes</translation>
    </message>
    <message>
        <source>Roles, first rule that holds: induction ≥ %1, previous token ≥ %2, sink ≥ %3, broad when entropy fraction ≥ %4, local ≥ %5, else mixed.</source>
        <translation>Rôles, première règle vérifiée&#xa0;: induction ≥ %1, previous-token ≥ %2, sink ≥ %3, broad si l&apos;entropie relative ≥ %4, local ≥ %5, sinon mixed.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadView</name>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>The layer whose heads are drawn</source>
        <translation>La couche dont les têtes sont dessinées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
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
        <translation>Seulement les lignes des requêtes d&apos;une phrase vers les clés d&apos;une phrase</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>Couche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 tokens · weights ≥ %2 drawn</source>
        <translation>%1 tokens · poids ≥ %2 dessinés</translation>
    </message>
    <message>
        <source>Layer %1, all %2 heads</source>
        <translation>Couche %1, les %2 têtes</translation>
    </message>
    <message numerus="yes">
        <source>Layer %1, %n head(s)</source>
        <translation>
            <numerusform>Couche %1, %n tête</numerusform>
            <numerusform>Couche %1, %n têtes</numerusform>
        </translation>
    </message>
    <message>
        <source>, after − before</source>
        <translation>, après − avant</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Exécutez d&apos;abord un texte.</translation>
    </message>
    <message>
        <source>, norm-weighted</source>
        <translation>, pondérée par la norme</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadViewCanvas</name>
    <message>
        <source>Run a text to see its attention</source>
        <translation>Exécutez un texte pour voir son attention</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>after − before  (red: more, blue: less)</source>
        <translation>après − avant  (rouge&#xa0;: plus, bleu&#xa0;: moins)</translation>
    </message>
    <message>
        <source>Head view lines</source>
        <translation>Lignes de la vue des têtes</translation>
    </message>
    <message>
        <source>Lines from each query token to the keys it attends to. Up and Down select a token, Left and Right its query or its key, Escape shows every line again.</source>
        <translation>Des lignes de chaque token requête vers les clés auxquelles il prête attention. Haut et Bas choisissent un token, Gauche et Droite sa requête ou sa clé, Échap réaffiche toutes les lignes.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImageDrop</name>
    <message>
        <source>Drop an
image here</source>
        <translation>Déposez une
image ici</translation>
    </message>
    <message>
        <source>A vision model takes an image: drop a PNG or JPEG file here or choose one.</source>
        <translation>Un modèle de vision prend une image&#xa0;: déposez ici un fichier PNG ou JPEG, ou choisissez-en un.</translation>
    </message>
    <message>
        <source>Choose &amp;Image…</source>
        <translation>Choisir une &amp;image…</translation>
    </message>
    <message>
        <source>%1 could not be read as an image (%2)</source>
        <translation>%1 n&apos;a pas pu être lu comme image (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 pixels</translation>
    </message>
    <message>
        <source>Choose Image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImageHeatOverlay</name>
    <message>
        <source>No image to overlay</source>
        <translation>Aucune image à superposer</translation>
    </message>
    <message>
        <source>class token %1</source>
        <translation>token de classe %1</translation>
    </message>
    <message>
        <source>, registers %1</source>
        <translation>, registres %1</translation>
    </message>
    <message>
        <source>, brightest patch %1</source>
        <translation>, patch le plus lumineux %1</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImportanceView</name>
    <message>
        <source>Ablation: Δloss when the head alone is masked</source>
        <translation>Ablation&#xa0;: Δperte quand seule cette tête est masquée</translation>
    </message>
    <message>
        <source>Gradient: |∂loss/∂mask|, one backward pass</source>
        <translation>Gradient&#xa0;: |∂loss/∂mask|, une passe arrière</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>head</source>
        <translation>tête</translation>
    </message>
    <message>
        <source>Mask and re-run</source>
        <translation>Masquer et réexécuter</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Mask the</source>
        <translation>Masquer les</translation>
    </message>
    <message>
        <source>least important heads (outlined)</source>
        <translation>têtes les moins importantes (entourées)</translation>
    </message>
    <message>
        <source>Press Compute to measure every head.</source>
        <translation>Appuyez sur Calculer pour mesurer chaque tête.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Terminé en %1 s.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message numerus="yes">
        <source>Mask the %n least important heads</source>
        <translation>
            <numerusform>Masquer la tête la moins importante</numerusform>
            <numerusform>Masquer les %n têtes les moins importantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Ablation: Δloss when each head alone is masked</source>
        <translation>Ablation&#xa0;: Δperte quand chaque tête est masquée seule</translation>
    </message>
    <message>
        <source>Gradient estimate: |∂loss/∂mask| per head</source>
        <translation>Estimation par gradient&#xa0;: |∂loss/∂mask| par tête</translation>
    </message>
    <message>
        <source>&lt;i&gt;No %1 result yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun résultat %1 pour l&apos;instant.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Load a model and run an input first.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Chargez d&apos;abord un modèle et exécutez une entrée.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Δ loss</source>
        <translation>Δ perte</translation>
    </message>
    <message>
        <source>|∂loss/∂mask|</source>
        <translation>|∂loss/∂mask|</translation>
    </message>
    <message>
        <source>Loss: %1, unmasked %2. Red: the model does worse without the head; blue: better.</source>
        <translation>Perte&#xa0;: %1, sans masque %2. Rouge&#xa0;: le modèle fait moins bien sans la tête&#xa0;; bleu&#xa0;: mieux.</translation>
    </message>
    <message>
        <source>Loss: %1, unmasked %2. Masking moves the multiplier from 1 to 0, so −∂loss/∂mask estimates the ablation to first order.</source>
        <translation>Perte&#xa0;: %1, sans masque %2. Masquer fait passer le multiplicateur de 1 à 0, donc −∂loss/∂mask estime l&apos;ablation au premier ordre.</translation>
    </message>
    <message>
        <source>loss change when each head alone is masked</source>
        <translation>variation de la perte quand chaque tête est masquée seule</translation>
    </message>
    <message>
        <source>gradient estimate |∂loss/∂mask|</source>
        <translation>estimation par gradient |∂loss/∂mask|</translation>
    </message>
    <message>
        <source>Compute the head importance first.</source>
        <translation>Calculez d&apos;abord l&apos;importance des têtes.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::InputPanel</name>
    <message>
        <source>Type a text, then press Ctrl+Return to run it</source>
        <translation>Saisissez un texte, puis appuyez sur Ctrl+Entrée pour l&apos;exécuter</translation>
    </message>
    <message>
        <source>Second &amp;sentence (sentence pair):</source>
        <translation>Deuxième &amp;phrase (paire de phrases)&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: a second sentence, encoded as segment B</source>
        <translation>Facultatif&#xa0;: une deuxième phrase, encodée comme segment B</translation>
    </message>
    <message>
        <source>The tokens appear here as you type.</source>
        <translation>Les tokens apparaissent ici pendant la saisie.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the run; the views keep their previous results (Esc)</source>
        <translation>Arrêter l&apos;exécution&#xa0;; les vues conservent leurs résultats précédents (Échap)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Run the model on this input (Ctrl+Return)</source>
        <translation>Exécuter le modèle sur cette entrée (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation>&amp;Masque&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 1:0, 2:3</source>
        <translation>p. ex. 1:0, 2:3</translation>
    </message>
    <message>
        <source>Heads whose output is zeroed, as layer:head pairs counted from 0</source>
        <translation>Têtes dont la sortie est mise à zéro, en paires couche:tête numérotées à partir de 0</translation>
    </message>
    <message>
        <source>Run with Mask</source>
        <translation>Exécuter avec masque</translation>
    </message>
    <message>
        <source>Run again with the masked heads and compare with the plain run (Ctrl+Shift+Return)</source>
        <translation>Exécuter à nouveau avec les têtes masquées et comparer à l&apos;exécution sans masque (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>Edit mask</source>
        <translation>Modifier le masque</translation>
    </message>
    <message>
        <source>The tokenizer failed: %1</source>
        <translation>Échec du tokeniseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>added by the tokenizer</source>
        <translation>ajouté par le tokeniseur</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>caractères %1–%2</translation>
    </message>
    <message>
        <source>first text</source>
        <translation>premier texte</translation>
    </message>
    <message>
        <source>second text</source>
        <translation>second texte</translation>
    </message>
    <message>
        <source>Token %1 · id %2
%3 · %4</source>
        <translation>Token %1 · id %2
%3 · %4</translation>
    </message>
    <message>
        <source>Open a model to run a text.</source>
        <translation>Ouvrez un modèle pour exécuter un texte.</translation>
    </message>
    <message>
        <source>Choose or drop an image to run.</source>
        <translation>Choisissez ou déposez une image à exécuter.</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 tokens</translation>
    </message>
    <message>
        <source>This model folder has no tokenizer, so text cannot be run.</source>
        <translation>Ce dossier de modèle n&apos;a pas de tokeniseur&#xa0;: impossible d&apos;exécuter du texte.</translation>
    </message>
    <message>
        <source>The tokenizer could not be loaded: %1</source>
        <translation>Impossible de charger le tokeniseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type a text to run.</source>
        <translation>Saisissez un texte à exécuter.</translation>
    </message>
    <message>
        <source>Too long: %1 tokens, but this model takes at most %2. Shorten the text to run it.</source>
        <translation>Trop long&#xa0;: %1 tokens, mais ce modèle en accepte au plus %2. Raccourcissez le texte pour l&apos;exécuter.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>&amp;Attention:</source>
        <translation>&amp;Attention :</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encodeur</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Décodeur</translation>
    </message>
    <message>
        <source>Cross (decoder → source)</source>
        <translation>Croisée (décodeur → source)</translation>
    </message>
    <message>
        <source>Which attention the views show: the encoder&apos;s over the source, the decoder&apos;s over the target, or the decoder&apos;s attention over the source (cross-attention)</source>
        <translation>L&apos;attention que montrent les vues : celle de l&apos;encodeur sur la source, celle du décodeur sur la cible, ou l&apos;attention du décodeur sur la source (attention croisée)</translation>
    </message>
    <message>
        <source>Attention shown</source>
        <translation>Attention affichée</translation>
    </message>
    <message>
        <source>Heads whose output is zeroed: enc:L:H, dec:L:H or cross:L:H, counted from 0</source>
        <translation>Têtes dont la sortie est mise à zéro : enc:L:H, dec:L:H ou cross:L:H, comptées à partir de 0</translation>
    </message>
    <message>
        <source>&amp;Target (the decoder&apos;s text):</source>
        <translation>&amp;Cible (le texte du décodeur) :</translation>
    </message>
    <message>
        <source>Optional: what the decoder reads; empty runs its start token alone</source>
        <translation>Facultatif : ce que lit le décodeur ; vide, seul son token de départ est exécuté</translation>
    </message>
    <message>
        <source>e.g. enc:1:0, cross:2:3</source>
        <translation>p. ex. enc:1:0, cross:2:3</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ModelView</name>
    <message>
        <source>Thumbnails</source>
        <translation>Miniatures</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>computing model view thumbnails</source>
        <translation>calcul des miniatures de la vue du modèle</translation>
    </message>
    <message>
        <source>Some thumbnails failed: %1</source>
        <translation>Échec de certaines miniatures&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computing thumbnails %1 / %2</source>
        <translation>Calcul des miniatures %1 / %2</translation>
    </message>
    <message>
        <source>%1 layers × %2 heads</source>
        <translation>%1 couches × %2 têtes</translation>
    </message>
    <message>
        <source>, after − before</source>
        <translation>, après − avant</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Exécutez d&apos;abord un texte.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ModelViewCanvas</name>
    <message>
        <source>Click: select the head · Right-click or Ctrl+click: mask or unmask it</source>
        <translation>Clic&#xa0;: sélectionner la tête · Clic droit ou Ctrl+clic&#xa0;: la masquer ou la démasquer</translation>
    </message>
    <message>
        <source>Run a text to see every head</source>
        <translation>Exécutez un texte pour voir chaque tête</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2 · masked</source>
        <translation>Couche %1 · Tête %2 · masquée</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2</source>
        <translation>Couche %1 · Tête %2</translation>
    </message>
    <message>
        <source>w%1</source>
        <translation>w%1</translation>
    </message>
    <message>
        <source> · window %1</source>
        <translation> · fenêtre %1</translation>
    </message>
    <message>
        <source>Model view heads</source>
        <translation>Têtes de la vue du modèle</translation>
    </message>
    <message>
        <source>Every head as a small attention map. Arrow keys select a head, Space masks or unmasks it.</source>
        <translation>Chaque tête en petite carte d&apos;attention. Les flèches choisissent une tête, Espace la masque ou la démasque.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::PositionChart</name>
    <message>
        <source>Token %1 “%2”: %3 %4</source>
        <translation>Token %1 «&#xa0;%2&#xa0;»&#xa0;: %3 %4</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::PredictionPanel</name>
    <message>
        <source>How far each position&apos;s prediction moved (KL divergence, nats) — click a bar to select it</source>
        <translation>De combien la prédiction de chaque position a bougé (divergence KL, nats) — cliquez sur une barre pour la sélectionner</translation>
    </message>
    <message>
        <source>KLᵢ = Σᵥ Pᵢ(v) · (ln Pᵢ(v) − ln Qᵢ(v)), with P the prediction at position i before masking and Q after it.</source>
        <translation>KLᵢ = Σᵥ Pᵢ(v) · (ln Pᵢ(v) − ln Qᵢ(v)), avec P la prédiction à la position i avant le masquage et Q après.</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prédictions</translation>
    </message>
    <message>
        <source>Run a text to see what the model predicts.</source>
        <translation>Exécutez un texte pour voir ce que prédit le modèle.</translation>
    </message>
    <message>
        <source>This model has no prediction head (language-model or classifier), so there is nothing to predict. The attention views still show every head.</source>
        <translation>Ce modèle n&apos;a pas de tête de prédiction (modèle de langue ou classifieur)&#xa0;: il n&apos;y a rien à prédire. Les vues d&apos;attention montrent tout de même chaque tête.</translation>
    </message>
    <message>
        <source>Most likely classes of the image</source>
        <translation>Classes les plus probables de l&apos;image</translation>
    </message>
    <message>
        <source>Next token after “%1” (token %2 of %3)</source>
        <translation>Token suivant après «&#xa0;%1&#xa0;» (token %2 sur %3)</translation>
    </message>
    <message>
        <source>Predicted token at position %1 “%2”</source>
        <translation>Token prédit à la position %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Click a token to see what the model predicts after it.</source>
        <translation>Cliquez sur un token pour voir ce que le modèle prédit après lui.</translation>
    </message>
    <message>
        <source>Click a token to see what the model predicts there; a [MASK] token is chosen first.</source>
        <translation>Cliquez sur un token pour voir ce que le modèle y prédit&#xa0;; un token [MASK] est choisi d&apos;abord.</translation>
    </message>
    <message>
        <source>id %1 · logit %2 · probability %3</source>
        <translation>id %1 · logit %2 · probabilité %3</translation>
    </message>
    <message>
        <source>
before masking: %1</source>
        <translation>
avant masquage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Before · no heads masked</source>
        <translation>Avant · aucune tête masquée</translation>
    </message>
    <message>
        <source>After · masked %1</source>
        <translation>Après · masque %1</translation>
    </message>
    <message>
        <source>Masked %1</source>
        <translation>Masque %1</translation>
    </message>
    <message>
        <source>Mean next-token cross-entropy on the input: L = −1/(N−1) · Σᵢ ln p(xᵢ₊₁ | x₁…xᵢ), in nats.</source>
        <translation>Entropie croisée moyenne du token suivant sur l&apos;entrée&#xa0;: L = −1/(N−1) · Σᵢ ln p(xᵢ₊₁ | x₁…xᵢ), en nats.</translation>
    </message>
    <message>
        <source>Mean cross-entropy of each input token at its own position: L = −1/N · Σᵢ ln p(xᵢ | x), in nats (a masked LM reconstructing its input).</source>
        <translation>Entropie croisée moyenne de chaque token d&apos;entrée à sa propre position&#xa0;: L = −1/N · Σᵢ ln p(xᵢ | x), en nats (un LM masqué qui reconstruit son entrée).</translation>
    </message>
    <message>
        <source>KL divergence of the class distribution after masking: &lt;b&gt;%1&lt;/b&gt; nats</source>
        <translation>Divergence KL de la distribution des classes après masquage&#xa0;: &lt;b&gt;%1&lt;/b&gt; nats</translation>
    </message>
    <message>
        <source>Loss on the input: &lt;b&gt;%1&lt;/b&gt; nats (perplexity %2)</source>
        <translation>Perte sur l&apos;entrée&#xa0;: &lt;b&gt;%1&lt;/b&gt; nats (perplexité %2)</translation>
    </message>
    <message>
        <source>Loss on the input: %1 → &lt;b&gt;%2&lt;/b&gt; nats (&lt;span style=&quot;color:%3&quot;&gt;%4%5&lt;/span&gt;)</source>
        <translation>Perte sur l&apos;entrée&#xa0;: %1 → &lt;b&gt;%2&lt;/b&gt; nats (&lt;span style=&quot;color:%3&quot;&gt;%4%5&lt;/span&gt;)</translation>
    </message>
    <message>
        <source>, largest at token %1 “%2”</source>
        <translation>, maximale au token %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>mean KL %1 nats%2</source>
        <translation>KL moyenne %1 nats%2</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>nats</translation>
    </message>
    <message>
        <source>The logits at this position are NaN or infinite, so there is nothing to rank.</source>
        <translation>Les logits à cette position sont NaN ou infinis&#xa0;: il n&apos;y a rien à classer.</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Exécutez d&apos;abord un texte.</translation>
    </message>
    <message>
        <source>This model has no prediction head.</source>
        <translation>Ce modèle n&apos;a pas de tête de prédiction.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>Divergence KL</translation>
    </message>
    <message>
        <source>KL divergence per position</source>
        <translation>Divergence KL par position</translation>
    </message>
    <message>
        <source>This model outputs an image embedding of %1 values, not class scores, so there is nothing to rank. The attention views still show every head.</source>
        <translation>Ce modèle produit un plongement d&apos;image de %1 valeurs, pas des scores de classes&#xa0;: il n&apos;y a rien à classer. Les vues d&apos;attention montrent tout de même chaque tête.</translation>
    </message>
    <message>
        <source>This model outputs an embedding, not predictions.</source>
        <translation>Ce modèle produit un plongement, pas des prédictions.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::QueryKeyEmbeddingView</name>
    <message>
        <source>Colour by</source>
        <translation>Colorer selon</translation>
    </message>
    <message>
        <source>Query / key</source>
        <translation>Requête / clé</translation>
    </message>
    <message>
        <source>Token position</source>
        <translation>Position du token</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Attention of selection</source>
        <translation>Attention de la sélection</translation>
    </message>
    <message>
        <source>Find a token…</source>
        <translation>Chercher un token…</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <source>Draw a density image instead of points (2D)</source>
        <translation>Dessiner une image de densité au lieu de points (2D)</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>Embed in three dimensions</source>
        <translation>Plonger en trois dimensions</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show all points</source>
        <translation>Afficher tous les points</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>to key “%1” (input %2, position %3)</source>
        <translation>vers la clé «&#xa0;%1&#xa0;» (entrée %2, position %3)</translation>
    </message>
    <message>
        <source>from query “%1” (input %2, position %3)</source>
        <translation>depuis la requête «&#xa0;%1&#xa0;» (entrée %2, position %3)</translation>
    </message>
    <message>
        <source>“%1”: 1 match</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: 1 résultat</translation>
    </message>
    <message>
        <source>“%1”: %2 matches</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 résultats</translation>
    </message>
    <message>
        <source>Nothing is embedded yet.</source>
        <translation>Rien n&apos;est encore plongé.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::QueryKeyMatrixView</name>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Query–key embeddings of every head</source>
        <translation>Plongements requêtes–clés de toutes les têtes</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>clés</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>embedding, %1 % done</source>
        <translation>plongement, %1 % effectué</translation>
    </message>
    <message>
        <source>click to open</source>
        <translation>cliquez pour ouvrir</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Layer %1, head %2: %3</source>
        <translation>Couche %1, tête %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>every head</source>
        <translation>toutes les têtes</translation>
    </message>
    <message>
        <source>No head is embedded yet.</source>
        <translation>Aucune tête n&apos;est encore plongée.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::SelectionModel</name>
    <message>
        <source>Mask all heads of layer %1</source>
        <translation>Masquer toutes les têtes de la couche %1</translation>
    </message>
    <message>
        <source>Invert mask</source>
        <translation>Inverser le masque</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>Effacer le masque</translation>
    </message>
    <message>
        <source>Mask head %1%2:%3</source>
        <translation>Masquer la tête %1%2:%3</translation>
    </message>
    <message>
        <source>Unmask head %1%2:%3</source>
        <translation>Démasquer la tête %1%2:%3</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::SinkView</name>
    <message>
        <source>Sink score: mean attention to the first token</source>
        <translation>Score de puits&#xa0;: attention moyenne vers le premier token</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>head</source>
        <translation>tête</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>puits</translation>
    </message>
    <message>
        <source>Click a head to select it in every view</source>
        <translation>Cliquez sur une tête pour la sélectionner dans toutes les vues</translation>
    </message>
    <message>
        <source>Selected layer</source>
        <translation>Couche sélectionnée</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Toutes les couches</translation>
    </message>
    <message>
        <source>attention received (sum)</source>
        <translation>attention reçue (somme)</translation>
    </message>
    <message>
        <source>Hidden-state norm ‖h‖ per token (log scale)</source>
        <translation>Norme de l&apos;état caché ‖h‖ par token (échelle logarithmique)</translation>
    </message>
    <message>
        <source>‖h‖</source>
        <translation>‖h‖</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>Attention received by each token, summed over heads and queries:</source>
        <translation>Attention reçue par chaque token, sommée sur les têtes et les requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Run a model to see where its attention piles up.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Exécutez un modèle pour voir où son attention s&apos;accumule.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 heads&lt;/b&gt; put at least half their attention on the first token (mean sink score %3). Strongest: &lt;b&gt;L%4 H%5&lt;/b&gt;, %6</source>
        <translation>&lt;b&gt;%1 têtes sur %2&lt;/b&gt; portent au moins la moitié de leur attention sur le premier token (score de puits moyen %3). La plus forte&#xa0;: &lt;b&gt;L%4 H%5&lt;/b&gt;, %6</translation>
    </message>
    <message>
        <source>, of which %1 survives value weighting</source>
        <translation>, dont %1 résiste à la pondération par les valeurs</translation>
    </message>
    <message>
        <source>No massive activations (norm &amp;gt; %1× the layer median).</source>
        <translation>Aucune activation massive (norme &amp;gt; %1× la médiane de la couche).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n massive activation(s)&lt;/b&gt; (norm &amp;gt; %1× the layer median).</source>
        <translation>
            <numerusform>&lt;b&gt;%n activation massive&lt;/b&gt; (norme &amp;gt; %1× la médiane de la couche).</numerusform>
            <numerusform>&lt;b&gt;%n activations massives&lt;/b&gt; (norme &amp;gt; %1× la médiane de la couche).</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 layers × %2 heads</source>
        <translation>Les %1 couches × %2 têtes</translation>
    </message>
    <message>
        <source>Layer %1, %2 heads</source>
        <translation>Couche %1, %2 têtes</translation>
    </message>
    <message>
        <source>embed</source>
        <translation>plong.</translation>
    </message>
    <message>
        <source>%1 · token %2 “%3”: ‖h‖ = %4, %5× the layer median</source>
        <translation>%1 · token %2 «&#xa0;%3&#xa0;»&#xa0;: ‖h‖ = %4, %5× la médiane de la couche</translation>
    </message>
    <message>
        <source>No token&apos;s norm exceeds %1× its layer&apos;s median.</source>
        <translation>Aucune norme de token ne dépasse %1× la médiane de sa couche.</translation>
    </message>
    <message>
        <source>Raw attention, L%1 H%2</source>
        <translation>Attention brute, L%1 H%2</translation>
    </message>
    <message>
        <source>Value-weighted: values were not kept</source>
        <translation>Pondérée par les valeurs&#xa0;: les valeurs n&apos;ont pas été conservées</translation>
    </message>
    <message>
        <source>Value-weighted  A·‖v‖, rows renormalised</source>
        <translation>Pondérée par les valeurs  A·‖v‖, lignes renormalisées</translation>
    </message>
    <message>
        <source>Layer %1, head %2: sink %3, value sink %4, top key %5 (“%6”)</source>
        <translation>Couche %1, tête %2&#xa0;: puits %3, puits de valeur %4, clé max. %5 («&#xa0;%6&#xa0;»)</translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation>Couche %1, tête %2</translation>
    </message>
    <message>
        <source>%1 layers × %2 heads, layer %3 head %4 selected</source>
        <translation>%1 couches × %2 têtes, couche %3 tête %4 sélectionnée</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Exécutez d&apos;abord un texte.</translation>
    </message>
    <message>
        <source>Sink scores</source>
        <translation>Scores de puits</translation>
    </message>
    <message>
        <source>Attention received</source>
        <translation>Attention reçue</translation>
    </message>
    <message>
        <source>Residual norms</source>
        <translation>Normes résiduelles</translation>
    </message>
    <message>
        <source>Raw attention</source>
        <translation>Attention brute</translation>
    </message>
    <message>
        <source>Value-weighted attention</source>
        <translation>Attention pondérée par les valeurs</translation>
    </message>
    <message>
        <source>Raw and value-weighted attention</source>
        <translation>Attention brute et pondérée par les valeurs</translation>
    </message>
    <message numerus="yes">
        <source>The %n register(s) receive &lt;b&gt;%1 %&lt;/b&gt; of all attention, the class token %2 %. </source>
        <translation>
            <numerusform>%n registre reçoit &lt;b&gt;%1 %&lt;/b&gt; de toute l&apos;attention, le token de classe %2 %. </numerusform>
            <numerusform>Les %n registres reçoivent &lt;b&gt;%1 %&lt;/b&gt; de toute l&apos;attention, le token de classe %2 %. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TokenContextPanel</name>
    <message>
        <source>Click a point to see its input here, and its attention as lines.</source>
        <translation>Cliquez sur un point pour voir ici son entrée, et son attention sous forme de lignes.</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>at position %1 of %2</source>
        <translation>à la position %1 sur %2</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
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
        <translation>Comment le tokeniseur découpe l&apos;entrée. Gauche et Droite sélectionnent un token dans toutes les vues.</translation>
    </message>
</context>
</TS>
