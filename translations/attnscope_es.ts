<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>LibraryVersions</name>
    <message numerus="yes">
        <source>available (%n device(s))</source>
        <translation>
            <numerusform>disponible (%n dispositivo)</numerusform>
            <numerusform>disponible (%n dispositivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>LibTorch threads</source>
        <translation>Hilos de LibTorch</translation>
    </message>
    <message>
        <source>OpenMP threads</source>
        <translation>Hilos de OpenMP</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Capture: every layer&apos;s attention, residual norms and logits</source>
        <translation>Captura: atención, normas residuales y logits de cada capa</translation>
    </message>
    <message>
        <source>The selected head&apos;s attention map</source>
        <translation>Mapa de atención de la cabeza seleccionada</translation>
    </message>
    <message>
        <source>Head roles table</source>
        <translation>Tabla de roles de las cabezas</translation>
    </message>
    <message>
        <source>Attention sinks: sink scores, attention received, massive activations</source>
        <translation>Sumideros de atención: puntuaciones de sumidero, atención recibida, activaciones masivas</translation>
    </message>
    <message>
        <source>Head importance</source>
        <translation>Importancia de las cabezas</translation>
    </message>
    <message>
        <source>Query–key embedding: coordinates and tokens</source>
        <translation>Embedding consulta–clave: coordenadas y tokens</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Ejecute primero un texto.</translation>
    </message>
    <message>
        <source>Compute the head importance first.</source>
        <translation>Calcule primero la importancia de las cabezas.</translation>
    </message>
    <message>
        <source>Nothing is embedded yet.</source>
        <translation>Aún no hay ningún embedding.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>masked %1</source>
        <translation>máscara %1</translation>
    </message>
    <message>
        <source>this view does not export figures</source>
        <translation>esta vista no exporta figuras</translation>
    </message>
    <message>
        <source>AttnScope</source>
        <translation>AttnScope</translation>
    </message>
    <message>
        <source>AttnScope did not close properly last time. Restore the work it saved automatically?</source>
        <translation>AttnScope no se cerró correctamente la última vez. ¿Restaurar el trabajo que guardó automáticamente?</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Layers × heads</source>
        <translation>Capas × cabezas</translation>
    </message>
    <message>
        <source>Weights / compute dtype</source>
        <translation>Tipo de pesos / de cálculo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>config.json SHA-256</source>
        <translation>SHA-256 de config.json</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s): </source>
        <translation>
            <numerusform>%n token: </numerusform>
            <numerusform>%n tokens: </numerusform>
        </translation>
    </message>
    <message>
        <source>No heads masked.</source>
        <translation>Ninguna cabeza enmascarada.</translation>
    </message>
    <message>
        <source>Masked heads (layer:head): %1</source>
        <translation>Cabezas enmascaradas (capa:cabeza): %1</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <source>Most likely classes of the image.</source>
        <translation>Clases más probables de la imagen.</translation>
    </message>
    <message>
        <source>At the last position (%1), the model&apos;s top ten candidates%2.</source>
        <translation>En la última posición (%1), los diez mejores candidatos del modelo%2.</translation>
    </message>
    <message>
        <source> for the next token</source>
        <translation> para el siguiente token</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Probability with mask</source>
        <translation>Probabilidad con máscara</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Probability without mask</source>
        <translation>Probabilidad sin máscara</translation>
    </message>
    <message>
        <source>Loss on the input: %1 nats without the mask, %2 with it (%3). Mean KL divergence of the predictions %4 nats, largest %5 at position %6.</source>
        <translation>Pérdida en la entrada: %1 nats sin la máscara, %2 con ella (%3). Divergencia KL media de las predicciones %4 nats, máxima %5 en la posición %6.</translation>
    </message>
    <message>
        <source>Loss on the input: %1 nats.</source>
        <translation>Pérdida en la entrada: %1 nats.</translation>
    </message>
    <message>
        <source>Head roles</source>
        <translation>Roles de las cabezas</translation>
    </message>
    <message>
        <source>Roles by the first rule that holds: induction ≥ %1, previous token ≥ %2, sink ≥ %3, broad when the entropy fraction ≥ %4, local ≥ %5, else mixed. Formulas: docs/metrics.md.</source>
        <translation>Roles según la primera regla que se cumple: induction ≥ %1, previous-token ≥ %2, sink ≥ %3, broad si la entropía relativa ≥ %4, local ≥ %5, si no, mixed. Fórmulas: docs/metrics.md.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Sumidero</translation>
    </message>
    <message>
        <source>Prev. token</source>
        <translation>Token prev.</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>Inducción</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Entropy frac.</source>
        <translation>Entropía rel.</translation>
    </message>
    <message>
        <source>Top key</source>
        <translation>Clave máx.</translation>
    </message>
    <message>
        <source>Attention sinks</source>
        <translation>Sumideros de atención</translation>
    </message>
    <message>
        <source>%1 of %2 heads put at least half their attention on the first token (mean sink score %3). Strongest: layer %4, head %5 (%6). %7 massive activation(s) (residual norm over 10× its layer&apos;s median).</source>
        <translation>%1 de %2 cabezas ponen al menos la mitad de su atención en el primer token (puntuación media de sumidero %3). La más fuerte: capa %4, cabeza %5 (%6). %7 activación(es) masiva(s) (norma residual superior a 10× la mediana de su capa).</translation>
    </message>
    <message>
        <source>AttnScope report: %1</source>
        <translation>Informe de AttnScope: %1</translation>
    </message>
    <message>
        <source>Written %1 by AttnScope %2.</source>
        <translation>Redactado el %1 por AttnScope %2.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figuras</translation>
    </message>
    <message>
        <source>Predictions: %1</source>
        <translation>Predicciones: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>This command opens the same model, runs the same input with the same mask and selects the same head:</source>
        <translation>Este comando abre el mismo modelo, ejecuta la misma entrada con la misma máscara y selecciona la misma cabeza:</translation>
    </message>
    <message>
        <source>Or open the saved session %1 (attnscope --session FILE).</source>
        <translation>O abra la sesión guardada %1 (attnscope --session FILE).</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Information flow: relevance matrices, the position&apos;s relevance and layered graph</source>
        <translation>Flujo de información: matrices de relevancia, relevancia de la posición y grafo por capas</translation>
    </message>
    <message>
        <source>Open the Information Flow view first.</source>
        <translation>Abra primero la vista «Flujo de información».</translation>
    </message>
</context>
<context>
    <name>attnscope::app::AboutDialog</name>
    <message>
        <source>About AttnScope</source>
        <translation>Acerca de AttnScope</translation>
    </message>
    <message>
        <source>AttnScope %1</source>
        <translation>AttnScope %1</translation>
    </message>
    <message>
        <source>Looks inside transformer models: how every layer and head attends, which heads matter, and what changes when heads are masked.</source>
        <translation>Mira dentro de los modelos Transformer: a qué atiende cada capa y cada cabeza, qué cabezas importan y qué cambia cuando se enmascaran cabezas.</translation>
    </message>
</context>
<context>
    <name>attnscope::app::AnalysisSession</name>
    <message>
        <source>Scoring heads</source>
        <translation>Puntuando cabezas</translation>
    </message>
    <message>
        <source>Head importance (%1)</source>
        <translation>Importancia de las cabezas (%1)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Terms of the logit of “%1” at position %2 (logit %3; the heads add up to %4, the MLPs to %5, embeddings and biases to %6)</source>
        <translation>Términos del logit de «%1» en la posición %2 (logit %3; las cabezas suman %4, los MLP %5, los embeddings y sesgos %6)</translation>
    </message>
    <message>
        <source>Logit attribution</source>
        <translation>Atribución de logit</translation>
    </message>
    <message>
        <source>no model is open</source>
        <translation>no hay ningún modelo abierto</translation>
    </message>
    <message>
        <source>Norm-weighted attention</source>
        <translation>Atención ponderada por norma</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>Flujo de información</translation>
    </message>
    <message>
        <source>Reading the input image</source>
        <translation>Leyendo la imagen de entrada</translation>
    </message>
</context>
<context>
    <name>attnscope::app::DemoGuide</name>
    <message>
        <source>Choose a demo from the Demos menu: each one runs a prepared text on the bundled demo model and says what to look at.</source>
        <translation>Elija una demo en el menú Demos: cada una ejecuta un texto preparado en el modelo de demostración incluido e indica en qué fijarse.</translation>
    </message>
    <message>
        <source>Demo %1 of %2</source>
        <translation>Demo %1 de %2</translation>
    </message>
    <message>
        <source>Run with Mask %1</source>
        <translation>Ejecutar con la máscara %1</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Demo %1 of %2 · step %3 of %4</source>
        <translation>Demo %1 de %2 · paso %3 de %4</translation>
    </message>
    <message>
        <source>Next step ›</source>
        <translation>Paso siguiente ›</translation>
    </message>
    <message>
        <source>Next demo ›</source>
        <translation>Demo siguiente ›</translation>
    </message>
    <message>
        <source>Next (→ or PageDown in presenter mode)</source>
        <translation>Siguiente (→ o AvPág en el modo presentación)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmbeddingDock</name>
    <message>
        <source>Current input</source>
        <translation>Entrada actual</translation>
    </message>
    <message>
        <source>Demo corpus</source>
        <translation>Corpus de demo</translation>
    </message>
    <message>
        <source>Demo-model texts</source>
        <translation>Textos del modelo de demo</translation>
    </message>
    <message>
        <source>Corpus file…</source>
        <translation>Archivo de corpus…</translation>
    </message>
    <message>
        <source>Whose queries and keys are embedded: the input just run, or every line of a corpus</source>
        <translation>De quién son las consultas y claves del embedding: la entrada recién ejecutada o cada línea de un corpus</translation>
    </message>
    <message>
        <source>PCA is instant; t-SNE and UMAP keep neighbourhoods and refine while you watch</source>
        <translation>PCA es instantáneo; t-SNE y UMAP conservan los vecindarios y se refinan mientras mira</translation>
    </message>
    <message>
        <source>All heads</source>
        <translation>Todas las cabezas</translation>
    </message>
    <message>
        <source>Every head of the model as a small embedding; click one to open it</source>
        <translation>Cada cabeza del modelo como un pequeño embedding; haga clic en una para abrirla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Points from</source>
        <translation>Puntos de</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <source>Text files, one input per line (*.txt);;All files (*)</source>
        <translation>Archivos de texto, una entrada por línea (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The query–key embedding needs OpenGL, which this display does not offer. The all-heads matrix still works; for the embedding, run AttnScope on a desktop or under Xvfb.</source>
        <translation>El embedding consulta–clave necesita OpenGL, que esta pantalla no ofrece. La matriz de todas las cabezas sigue funcionando; para el embedding, ejecute AttnScope en un escritorio o bajo Xvfb.</translation>
    </message>
    <message>
        <source>the query–key embedding needs OpenGL (on a machine without a display, run under Xvfb); the all-heads matrix (--matrix) does not</source>
        <translation>el embedding consulta–clave necesita OpenGL (en una máquina sin pantalla, ejecute bajo Xvfb); la matriz de todas las cabezas (--matrix) no</translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmbeddingSession</name>
    <message>
        <source>Open a model first.</source>
        <translation>Abra primero un modelo.</translation>
    </message>
    <message>
        <source>demo corpus</source>
        <translation>corpus de demo</translation>
    </message>
    <message>
        <source>demo-model texts</source>
        <translation>textos del modelo de demo</translation>
    </message>
    <message>
        <source>up to %1 MB</source>
        <translation>hasta %1 MB</translation>
    </message>
    <message numerus="yes">
        <source>capturing %n input(s), %1…</source>
        <translation>
            <numerusform>capturando %n entrada, %1…</numerusform>
            <numerusform>capturando %n entradas, %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Corpus capture cancelled.</source>
        <translation>Captura del corpus cancelada.</translation>
    </message>
    <message>
        <source>Capturing %1</source>
        <translation>Capturando %1</translation>
    </message>
    <message numerus="yes">
        <source>embedding %n point(s)…</source>
        <translation>
            <numerusform>calculando el embedding de %n punto…</numerusform>
            <numerusform>calculando el embedding de %n puntos…</numerusform>
        </translation>
    </message>
    <message>
        <source>current input</source>
        <translation>entrada actual</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n input(s)</source>
        <translation>
            <numerusform>%1: %n entrada</numerusform>
            <numerusform>%1: %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 points · %3 s</source>
        <translation>%1 · %2 puntos · %3 s</translation>
    </message>
    <message>
        <source> · UMAP of %1 landmarks, the other points placed among them</source>
        <translation> · UMAP de %1 puntos de referencia, los demás puntos situados entre ellos</translation>
    </message>
    <message>
        <source> · %1 MB of vectors</source>
        <translation> · %1 MB de vectores</translation>
    </message>
    <message>
        <source>Embedding cancelled.</source>
        <translation>Embedding cancelado.</translation>
    </message>
    <message>
        <source>Embedding %1</source>
        <translation>Embedding: %1</translation>
    </message>
    <message>
        <source>Matrix cancelled.</source>
        <translation>Matriz cancelada.</translation>
    </message>
    <message>
        <source>Embedding every head</source>
        <translation>Embedding de todas las cabezas</translation>
    </message>
    <message>
        <source>layer %1 · head %2 · %3</source>
        <translation>capa %1 · cabeza %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2 points · from the saved session</source>
        <translation>%1 · %2 puntos · de la sesión guardada</translation>
    </message>
</context>
<context>
    <name>attnscope::app::EmptyState</name>
    <message>
        <source>Open a model folder or drag one here</source>
        <translation>Abra una carpeta de modelo o arrástrela aquí</translation>
    </message>
    <message>
        <source>A model folder holds a Hugging Face model: config.json, one or more *.safetensors files and tokenizer.json. Once it is open, type a text and press Ctrl+Return to see how every layer and head attends.</source>
        <translation>Una carpeta de modelo contiene un modelo de Hugging Face: config.json, uno o varios archivos *.safetensors y tokenizer.json. Una vez abierta, escriba un texto y pulse Ctrl+Intro para ver a qué atiende cada capa y cada cabeza.</translation>
    </message>
    <message>
        <source>Open Model Folder…</source>
        <translation>Abrir carpeta de modelo…</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ErrorReporter</name>
    <message>
        <source>%1

Where: %2</source>
        <comment>error dialog: the problem, then the file, tensor or key</comment>
        <translation>%1

Ubicación: %2</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportActions</name>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportDataDialog</name>
    <message>
        <source>Export Data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>Data files (*.safetensors *.csv *.json *.npy)</source>
        <translation>Archivos de datos (*.safetensors *.csv *.json *.npy)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportFigureDialog</name>
    <message>
        <source>Transparent background</source>
        <translation>Fondo transparente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG vector graphics</source>
        <translation>Gráfico vectorial SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>from the DPI</source>
        <translation>según la resolución</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>or width</source>
        <translation>o anchura</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation>Panel:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>PNG size:</source>
        <translation>Tamaño PNG:</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>Subtítulo:</translation>
    </message>
    <message>
        <source>The whole view</source>
        <translation>La vista completa</translation>
    </message>
    <message>
        <source>All panels</source>
        <translation>Todos los paneles</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector graphics (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Gráfico vectorial SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Figures to include</source>
        <translation>Figuras que incluir</translation>
    </message>
    <message>
        <source>HTML: one self-contained file with vector figures, for a browser. PDF: A4 pages with vector figures, for print. The model, input, predictions, head roles, sinks, versions and the command that reproduces it are always included.</source>
        <translation>HTML: un archivo autónomo con figuras vectoriales, para el navegador. PDF: páginas A4 con figuras vectoriales, para imprimir. El modelo, la entrada, las predicciones, los roles de las cabezas, los sumideros, las versiones y el comando que lo reproduce se incluyen siempre.</translation>
    </message>
    <message>
        <source>Reports (*.html *.pdf)</source>
        <translation>Informes (*.html *.pdf)</translation>
    </message>
</context>
<context>
    <name>attnscope::app::GuidedTour</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>Omitir el recorrido</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Recorrido guiado</translation>
    </message>
    <message>
        <source>Tour: %1 of %2</source>
        <translation>Recorrido: %1 de %2</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>attnscope::app::HuggingFaceCacheDialog</name>
    <message>
        <source>Open from Hugging Face Cache</source>
        <translation>Abrir desde la caché de Hugging Face</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>No models were found in %1. Download one with `huggingface-cli download ORG/NAME`, or open a model folder instead.</source>
        <translation>No se encontraron modelos en %1. Descargue uno con `huggingface-cli download ORG/NAME` o abra en su lugar una carpeta de modelo.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in %1</source>
        <translation>
            <numerusform>%n modelo en %1</numerusform>
            <numerusform>%n modelos en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::app::JobRunner</name>
    <message>
        <source>Out of memory (%1 available). Try a shorter input, a smaller model or a lower precision.</source>
        <translation>Memoria insuficiente (%1 disponible). Pruebe con una entrada más corta, un modelo más pequeño o una precisión menor.</translation>
    </message>
    <message>
        <source>The work stopped with an error that carries no message.</source>
        <translation>El trabajo se detuvo con un error sin mensaje.</translation>
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
        <translation>Aún no hay demos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Model Folder…</source>
        <translation>&amp;Abrir carpeta de modelo…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>&amp;Exportar figura…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Mask All Heads in Layer</source>
        <translation>&amp;Enmascarar todas las cabezas de la capa</translation>
    </message>
    <message>
        <source>&amp;Invert Mask</source>
        <translation>&amp;Invertir máscara</translation>
    </message>
    <message>
        <source>&amp;Clear Mask</source>
        <translation>&amp;Borrar máscara</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Run with &amp;Mask</source>
        <translation>Ejecutar con &amp;máscara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About AttnScope</source>
        <translation>&amp;Acerca de AttnScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelado</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1: error</translation>
    </message>
    <message>
        <source>%1 – AttnScope</source>
        <translation>%1 – AttnScope</translation>
    </message>
    <message>
        <source>Open Model Folder</source>
        <translation>Abrir carpeta de modelo</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The new language applies the next time AttnScope starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie AttnScope.</translation>
    </message>
    <message>
        <source>Open from Hugging &amp;Face Cache…</source>
        <translation>Abrir desde la caché de Hugging &amp;Face…</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>Abrir &amp;sesión…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Guardar sesión &amp;como…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>Exportar &amp;datos…</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>Exportar %1…</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>The view in front fills the screen with large fonts, the Demo Guide below it; → and PageDown step through the demos</source>
        <translation>La vista al frente llena la pantalla con letra grande y la guía de demos debajo; → y AvPág recorren las demos</translation>
    </message>
    <message>
        <source>&amp;Next Demo Step</source>
        <translation>Paso de demo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Demo Step</source>
        <translation>Paso de demo &amp;anterior</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>&amp;Recorrido guiado</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ModelInfoPanel</name>
    <message>
        <source>No model is open. Open a model folder (File › Open Model Folder…) or pick one from the Hugging Face cache.</source>
        <translation>No hay ningún modelo abierto. Abra una carpeta de modelo (Archivo › Abrir carpeta de modelo…) o elija uno de la caché de Hugging Face.</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Layers × heads</source>
        <translation>Capas × cabezas</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>Dimensión de cabeza</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Dimensión oculta</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <source>Max positions</source>
        <translation>Posiciones máx.</translation>
    </message>
    <message>
        <source>Weights on disk</source>
        <translation>Pesos en disco</translation>
    </message>
    <message>
        <source>Computes in</source>
        <translation>Calcula en</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokenizador</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>%1 (model_type %2)</source>
        <translation>%1 (model_type %2)</translation>
    </message>
    <message>
        <source>vision (image patches)</source>
        <translation>visión (parches de imagen)</translation>
    </message>
    <message>
        <source>causal language model (each token sees earlier ones)</source>
        <translation>modelo de lenguaje causal (cada token ve los anteriores)</translation>
    </message>
    <message>
        <source>bidirectional encoder (each token sees all)</source>
        <translation>codificador bidireccional (cada token ve todos)</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 key/value heads)</source>
        <translation>%1 × %2 (%3 cabezas clave/valor)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>none (image model)</source>
        <translation>ninguno (modelo de imagen)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>no limit (relative positions)</source>
        <translation>sin límite (posiciones relativas)</translation>
    </message>
    <message>
        <source>encoder %1 × %2, decoder %3 × %4</source>
        <translation>codificador %1 × %2, decodificador %3 × %4</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ModelSession</name>
    <message>
        <source>Layer %1 / %2</source>
        <translation>Capa %1 / %2</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>Abra primero un modelo.</translation>
    </message>
    <message>
        <source>Choose an image: this model reads images.</source>
        <translation>Elija una imagen: este modelo lee imágenes.</translation>
    </message>
    <message>
        <source>This model folder has no tokenizer, so text cannot be run.</source>
        <translation>Esta carpeta de modelo no tiene tokenizador, así que no se puede ejecutar texto.</translation>
    </message>
    <message>
        <source>The tokenizer could not be loaded: %1</source>
        <translation>No se pudo cargar el tokenizador: %1</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>El texto está vacío.</translation>
    </message>
    <message>
        <source>The text has no tokens.</source>
        <translation>El texto no tiene tokens.</translation>
    </message>
    <message>
        <source>The text has %1 tokens, but this model takes at most %2.</source>
        <translation>El texto tiene %1 tokens, pero este modelo admite como máximo %2.</translation>
    </message>
    <message>
        <source>Run with mask failed</source>
        <translation>Error al ejecutar con máscara</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Error en la ejecución</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Ejecutando</translation>
    </message>
    <message>
        <source>Running with mask %1</source>
        <translation>Ejecutando con la máscara %1</translation>
    </message>
    <message>
        <source>The run produced NaN or infinity</source>
        <translation>La ejecución produjo NaN o infinito</translation>
    </message>
    <message>
        <source>%1. The views show them as empty cells and “–”.</source>
        <translation>%1. Las vistas los muestran como celdas vacías y «–».</translation>
    </message>
    <message>
        <source>The target text has no tokens.</source>
        <translation>El texto de destino no tiene tokens.</translation>
    </message>
</context>
<context>
    <name>attnscope::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Todos los núcleos (%1)</translation>
    </message>
    <message>
        <source>CUDA (not available)</source>
        <translation>CUDA (no disponible)</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Idioma (tras reiniciar):</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>float32 matches the reference numbers; bfloat16 and float16 halve the memory</source>
        <translation>float32 coincide con los valores de referencia; bfloat16 y float16 reducen la memoria a la mitad</translation>
    </message>
    <message>
        <source>&amp;Device (next model opened):</source>
        <translation>&amp;Dispositivo (próximo modelo abierto):</translation>
    </message>
    <message>
        <source>&amp;Compute in (next model opened):</source>
        <translation>&amp;Calcular en (próximo modelo abierto):</translation>
    </message>
</context>
<context>
    <name>attnscope::app::RecentModels</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Borrar menú</translation>
    </message>
</context>
<context>
    <name>attnscope::app::SessionController</name>
    <message>
        <source>Save Session failed</source>
        <translation>Error al guardar la sesión</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>AttnScope sessions (*.attnscope)</source>
        <translation>Sesiones de AttnScope (*.attnscope)</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>AttnScope sessions (*.attnscope);;All files (*)</source>
        <translation>Sesiones de AttnScope (*.attnscope);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Session failed</source>
        <translation>Error al abrir la sesión</translation>
    </message>
    <message>
        <source>The model folder of this session is gone:
%1

Choose where the model is now.</source>
        <translation>La carpeta del modelo de esta sesión ya no existe:
%1

Indique dónde está ahora el modelo.</translation>
    </message>
    <message>
        <source>Where is the model now?</source>
        <translation>¿Dónde está ahora el modelo?</translation>
    </message>
    <message>
        <source>The model&apos;s config.json has changed since the session was saved; the numbers may differ from the saved ones.</source>
        <translation>El config.json del modelo ha cambiado desde que se guardó la sesión; los valores pueden diferir de los guardados.</translation>
    </message>
    <message>
        <source>The model&apos;s weight files have changed since the session was saved.</source>
        <translation>Los archivos de pesos del modelo han cambiado desde que se guardó la sesión.</translation>
    </message>
    <message>
        <source>Mask from the session</source>
        <translation>Máscara de la sesión</translation>
    </message>
</context>
<context>
    <name>attnscope::app::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the running job; the views keep their previous results</source>
        <translation>Detener el trabajo en curso; las vistas conservan sus resultados anteriores</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
</context>
<context>
    <name>attnscope::app::UserGuideDialog</name>
    <message>
        <source>AttnScope User Guide</source>
        <translation>Guía del usuario de AttnScope</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Back to the guide&apos;s contents</source>
        <translation>Volver al índice de la guía</translation>
    </message>
    <message>
        <source>AttnScope&apos;s resources were not found, so neither is its user guide. Set ATTNSCOPE_RESOURCES to the folder that holds demos.json and user-guide/.</source>
        <translation>No se encontraron los recursos de AttnScope, así que tampoco su guía del usuario. Defina ATTNSCOPE_RESOURCES con la carpeta que contiene demos.json y user-guide/.</translation>
    </message>
    <message>
        <source>The user guide is not installed: %1 is missing. It comes with AttnScope in share/attnscope/user-guide; reinstalling AttnScope brings it back.</source>
        <translation>La guía del usuario no está instalada: falta %1. Se instala con AttnScope en share/attnscope/user-guide; reinstalar AttnScope la restaura.</translation>
    </message>
</context>
<context>
    <name>attnscope::app::ViewCatalog</name>
    <message>
        <source>Head View</source>
        <translation>Vista de cabezas</translation>
    </message>
    <message>
        <source>Lines from each token to the tokens it attends to, one colour per head.</source>
        <translation>Líneas de cada token a los tokens a los que atiende, un color por cabeza.</translation>
    </message>
    <message>
        <source>Model View</source>
        <translation>Vista del modelo</translation>
    </message>
    <message>
        <source>Every layer and head at a glance, as small attention maps.</source>
        <translation>Todas las capas y cabezas de un vistazo, como pequeños mapas de atención.</translation>
    </message>
    <message>
        <source>Attention Map</source>
        <translation>Mapa de atención</translation>
    </message>
    <message>
        <source>The full attention matrix of the selected head.</source>
        <translation>La matriz de atención completa de la cabeza seleccionada.</translation>
    </message>
    <message>
        <source>Query–Key Embeddings</source>
        <translation>Embeddings consulta–clave</translation>
    </message>
    <message>
        <source>Attention Sinks</source>
        <translation>Sumideros de atención</translation>
    </message>
    <message>
        <source>How much attention each head gives to the first token.</source>
        <translation>Cuánta atención dedica cada cabeza al primer token.</translation>
    </message>
    <message>
        <source>Head Mask</source>
        <translation>Máscara de cabezas</translation>
    </message>
    <message>
        <source>Click heads to mask them, then Run with Mask.</source>
        <translation>Haga clic en cabezas para enmascararlas y luego en Ejecutar con máscara.</translation>
    </message>
    <message>
        <source>Head Roles</source>
        <translation>Roles de las cabezas</translation>
    </message>
    <message>
        <source>Every head&apos;s scores and the role they suggest.</source>
        <translation>Las puntuaciones de cada cabeza y el rol que sugieren.</translation>
    </message>
    <message>
        <source>Head Importance</source>
        <translation>Importancia de las cabezas</translation>
    </message>
    <message>
        <source>How much the loss changes when each head is masked.</source>
        <translation>Cuánto cambia la pérdida al enmascarar cada cabeza.</translation>
    </message>
    <message>
        <source>Queries and keys of the selected head, laid out in 2D or 3D by PCA, t-SNE or UMAP.</source>
        <translation>Consultas y claves de la cabeza seleccionada, dispuestas en 2D o 3D mediante PCA, t-SNE o UMAP.</translation>
    </message>
    <message>
        <source>Information Flow</source>
        <translation>Flujo de información</translation>
    </message>
    <message>
        <source>Where each position&apos;s information comes from across all layers: attention rollout and attention flow beside raw attention, per token or over the image, with the layered graph.</source>
        <translation>De dónde procede la información de cada posición a través de todas las capas: rollout y flujo de atención junto a la atención bruta, por token o sobre la imagen, con el grafo por capas.</translation>
    </message>
    <message>
        <source>&amp;Go to View</source>
        <translation>&amp;Ir a la vista</translation>
    </message>
</context>
<context>
    <name>attnscope::app::Workspace</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Demo Guide</source>
        <translation>Guía de demos</translation>
    </message>
    <message>
        <source>%1 tokens in its vocabulary</source>
        <translation>%1 tokens en su vocabulario</translation>
    </message>
    <message>
        <source>none needed (the input is an image)</source>
        <translation>no hace falta (la entrada es una imagen)</translation>
    </message>
    <message>
        <source>none found: text cannot be run</source>
        <translation>no se encontró: no se puede ejecutar texto</translation>
    </message>
    <message>
        <source>failed to load: %1</source>
        <translation>error al cargar: %1</translation>
    </message>
    <message>
        <source>Demo mask %1</source>
        <translation>Máscara de demo %1</translation>
    </message>
    <message>
        <source>--image failed</source>
        <translation>Error en --image</translation>
    </message>
    <message>
        <source>--mask failed</source>
        <translation>Error en --mask</translation>
    </message>
    <message>
        <source>No model is open to run with a mask.</source>
        <translation>No hay ningún modelo abierto para ejecutar con máscara.</translation>
    </message>
    <message>
        <source>Mask %1</source>
        <translation>Máscara %1</translation>
    </message>
    <message>
        <source>--layer failed</source>
        <translation>Error en --layer</translation>
    </message>
    <message numerus="yes">
        <source>The model has %n layer(s), numbered from 0.</source>
        <translation>
            <numerusform>El modelo tiene %n capa, numerada desde 0.</numerusform>
            <numerusform>El modelo tiene %n capas, numeradas desde 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>--head failed</source>
        <translation>Error en --head</translation>
    </message>
    <message numerus="yes">
        <source>The model has %n head(s) per layer, numbered from 0.</source>
        <translation>
            <numerusform>El modelo tiene %n cabeza por capa, numerada desde 0.</numerusform>
            <numerusform>El modelo tiene %n cabezas por capa, numeradas desde 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>--corpus failed</source>
        <translation>Error en --corpus</translation>
    </message>
    <message>
        <source>No model is open to capture the corpus with.</source>
        <translation>No hay ningún modelo abierto con el que capturar el corpus.</translation>
    </message>
    <message>
        <source>--token failed</source>
        <translation>Error en --token</translation>
    </message>
    <message numerus="yes">
        <source>The input has %n token(s), numbered from 0.</source>
        <translation>
            <numerusform>La entrada tiene %n token, numerado desde 0.</numerusform>
            <numerusform>La entrada tiene %n tokens, numerados desde 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Query-key embedding failed</source>
        <translation>Error en el embedding consulta–clave</translation>
    </message>
    <message>
        <source>--importance failed</source>
        <translation>Error en --importance</translation>
    </message>
    <message>
        <source>Run a text first: the sweep measures the input.</source>
        <translation>Ejecute primero un texto: el barrido mide sobre la entrada.</translation>
    </message>
    <message>
        <source>No such corpus file or folder.</source>
        <translation>No existe ese archivo o carpeta de corpus.</translation>
    </message>
    <message>
        <source>Your input</source>
        <translation>Su entrada</translation>
    </message>
    <message>
        <source>Type or paste a text here (an image for vision models) and press &lt;b&gt;Run&lt;/b&gt; (Ctrl+Return). Every view then shows how this input was attended.</source>
        <translation>Escriba o pegue un texto aquí (una imagen para los modelos de visión) y pulse &lt;b&gt;Ejecutar&lt;/b&gt; (Ctrl+Intro). Cada vista muestra entonces cómo se atendió a esta entrada.</translation>
    </message>
    <message>
        <source>The token strip</source>
        <translation>La tira de tokens</translation>
    </message>
    <message>
        <source>How the model&apos;s tokenizer splits your text, updated as you type. Click a token to select it: every view highlights it.</source>
        <translation>Cómo el tokenizador del modelo divide su texto, actualizado mientras escribe. Haga clic en un token para seleccionarlo: cada vista lo resalta.</translation>
    </message>
    <message>
        <source>Head view</source>
        <translation>Vista de cabezas</translation>
    </message>
    <message>
        <source>Lines from each query token (left) to the keys it attends to (right), one colour per head, thicker for more attention. Point at a token to see only its lines.</source>
        <translation>Líneas desde cada token de consulta (izquierda) hasta las claves a las que atiende (derecha), un color por cabeza, más gruesas con más atención. Señale un token para ver solo sus líneas.</translation>
    </message>
    <message>
        <source>Model view</source>
        <translation>Vista del modelo</translation>
    </message>
    <message>
        <source>Every head of every layer at once, as small maps. Click one to select it in all views; right-click (or Ctrl+click) to mask it.</source>
        <translation>Todas las cabezas de todas las capas a la vez, como mapas pequeños. Haga clic en una para seleccionarla en todas las vistas; clic derecho (o Ctrl+clic) para enmascararla.</translation>
    </message>
    <message>
        <source>Masking heads</source>
        <translation>Enmascarar cabezas</translation>
    </message>
    <message>
        <source>Heads to switch off, as &lt;i&gt;layer:head&lt;/i&gt; pairs (0-based), e.g. &lt;b&gt;1:0&lt;/b&gt;. &lt;b&gt;Run with Mask&lt;/b&gt; (Ctrl+Shift+Return) runs again without them and shows before and after.</source>
        <translation>Las cabezas que se desactivan, como pares &lt;i&gt;capa:cabeza&lt;/i&gt; (contando desde 0), p. ej. &lt;b&gt;1:0&lt;/b&gt;. &lt;b&gt;Ejecutar con máscara&lt;/b&gt; (Ctrl+Mayús+Intro) vuelve a ejecutar sin ellas y muestra antes y después.</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <source>The model&apos;s most likely next tokens for the selected position, and after a masked run, how they changed.</source>
        <translation>Los siguientes tokens más probables del modelo en la posición seleccionada y, tras una ejecución con máscara, cómo cambiaron.</translation>
    </message>
    <message>
        <source>Attention sinks</source>
        <translation>Sumideros de atención</translation>
    </message>
    <message>
        <source>Which tokens receive attention no matter what the query is (often the first token), and how much of it each head parks there.</source>
        <translation>Qué tokens reciben atención sea cual sea la consulta (a menudo el primer token) y cuánta deja allí cada cabeza.</translation>
    </message>
    <message>
        <source>Query–key embeddings</source>
        <translation>Embeddings consulta–clave</translation>
    </message>
    <message>
        <source>The queries and keys of a head as points in 2-D or 3-D (PCA, t-SNE, UMAP): queries land near the keys they attend to.</source>
        <translation>Las consultas y claves de una cabeza como puntos en 2D o 3D (PCA, t-SNE, UMAP): las consultas quedan cerca de las claves a las que atienden.</translation>
    </message>
    <message>
        <source>Demos and help</source>
        <translation>Demos y ayuda</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Demos&lt;/b&gt; menu holds prepared lessons on the bundled model, and &lt;b&gt;View › Presenter Mode&lt;/b&gt; (F5) shows them in a lecture hall. &lt;b&gt;Help › Guided Tour&lt;/b&gt; brings this tour back.</source>
        <translation>El menú &lt;b&gt;Demos&lt;/b&gt; contiene lecciones preparadas sobre el modelo incluido, y &lt;b&gt;Ver › Modo presentación&lt;/b&gt; (F5) las muestra en un aula. &lt;b&gt;Ayuda › Recorrido guiado&lt;/b&gt; vuelve a mostrar este recorrido.</translation>
    </message>
    <message>
        <source>self-attention only</source>
        <translation>solo autoatención</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>codificador</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>decodificador</translation>
    </message>
    <message>
        <source>cross-attention</source>
        <translation>atención cruzada</translation>
    </message>
    <message>
        <source>--on-image failed</source>
        <translation>--on-image falló</translation>
    </message>
    <message>
        <source>The attention map shows no image: run an image through a vision model first.</source>
        <translation>El mapa de atención no muestra ninguna imagen: ejecute primero una imagen en un modelo de visión.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::AttentionMapCanvas</name>
    <message>
        <source>Δ weight</source>
        <translation>Δ peso</translation>
    </message>
    <message>
        <source>Mean weight</source>
        <translation>Peso medio</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Query %1  “%2”
Key %3  “%4”
%5  %6</source>
        <translation>Consulta %1  «%2»
Clave %3  «%4»
%5  %6</translation>
    </message>
    <message>
        <source>Run a text to see its attention map</source>
        <translation>Ejecute un texto para ver su mapa de atención</translation>
    </message>
    <message>
        <source>keys →</source>
        <translation>claves →</translation>
    </message>
    <message>
        <source>queries ↓</source>
        <translation>consultas ↓</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>Attention map</source>
        <translation>Mapa de atención</translation>
    </message>
    <message>
        <source>Attention weights of the selected head, queries down and keys across. Up and Down select a query row, plus and minus zoom, 0 fits the map.</source>
        <translation>Los pesos de atención de la cabeza seleccionada, consultas hacia abajo y claves a lo ancho. Arriba y Abajo eligen una fila de consulta, más y menos hacen zoom, 0 ajusta el mapa.</translation>
    </message>
    <message>
        <source>keys (source) →</source>
        <translation>claves (origen) →</translation>
    </message>
    <message>
        <source>queries (target) ↓</source>
        <translation>consultas (destino) ↓</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::AttentionMapView</name>
    <message>
        <source>Mean of heads</source>
        <translation>Media de las cabezas</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Log scale shows weights from 10⁻⁴ to 1</source>
        <translation>La escala logarítmica muestra pesos de 10⁻⁴ a 1</translation>
    </message>
    <message>
        <source>Show the mean over the layer&apos;s heads instead of the focused head</source>
        <translation>Mostrar la media de las cabezas de la capa en lugar de la cabeza enfocada</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole map (double-click the map does the same)</source>
        <translation>Mostrar todo el mapa (un doble clic en el mapa hace lo mismo)</translation>
    </message>
    <message>
        <source>rendering attention map tiles</source>
        <translation>dibujando las teselas del mapa de atención</translation>
    </message>
    <message>
        <source>Layer %1 · mean of %2 heads</source>
        <translation>Capa %1 · media de %2 cabezas</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2</source>
        <translation>Capa %1 · Cabeza %2</translation>
    </message>
    <message>
        <source>  ·  after − before</source>
        <translation>  ·  después − antes</translation>
    </message>
    <message>
        <source>  ·  masked</source>
        <translation>  ·  enmascarada</translation>
    </message>
    <message>
        <source>Δ attention weight (after − before)</source>
        <translation>Δ peso de atención (después − antes)</translation>
    </message>
    <message>
        <source>mean attention weight</source>
        <translation>peso de atención medio</translation>
    </message>
    <message>
        <source>attention weight</source>
        <translation>peso de atención</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Ejecute primero un texto.</translation>
    </message>
    <message>
        <source>  ·  norm-weighted</source>
        <translation>  ·  ponderada por norma</translation>
    </message>
    <message>
        <source>The image this run saw could not be read again.</source>
        <translation>No se pudo volver a leer la imagen de esta ejecución.</translation>
    </message>
    <message>
        <source>The image is still being read.</source>
        <translation>La imagen aún se está leyendo.</translation>
    </message>
    <message>
        <source>The image shows this run&apos;s attention; show the matrix for after − before</source>
        <translation>La imagen muestra la atención de esta ejecución; muestre la matriz para después − antes</translation>
    </message>
    <message>
        <source>No capture</source>
        <translation>Sin ejecución</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Leyendo la imagen…</translation>
    </message>
    <message>
        <source>The image this run saw could not be read again</source>
        <translation>No se pudo volver a leer la imagen de esta ejecución</translation>
    </message>
    <message>
        <source>Cannot compute the attention: %1</source>
        <translation>No se puede calcular la atención: %1</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>token %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>On image</source>
        <translation>Sobre la imagen</translation>
    </message>
    <message>
        <source>Show the whole attention matrix, or the attention of the selected token (else the class token) as a heat overlay on the image</source>
        <translation>Mostrar toda la matriz de atención, o la atención del token elegido (si no, del token de clase) como mapa de calor sobre la imagen</translation>
    </message>
    <message>
        <source>Show attention as</source>
        <translation>Mostrar la atención como</translation>
    </message>
    <message>
        <source>Attention on the image</source>
        <translation>Atención sobre la imagen</translation>
    </message>
    <message>
        <source>Click a patch to show its attention</source>
        <translation>Haga clic en un parche para mostrar su atención</translation>
    </message>
    <message>
        <source>Layer %1 · mean of %2 heads · attention of %3</source>
        <translation>Capa %1 · media de %2 cabezas · atención de %3</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2 · attention of %3</source>
        <translation>Capa %1 · Cabeza %2 · atención de %3</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::CaptureView</name>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Show this run minus the run before the mask changed (red: more attention, blue: less)</source>
        <translation>Mostrar esta ejecución menos la ejecución anterior al cambio de máscara (rojo: más atención, azul: menos)</translation>
    </message>
    <message>
        <source>Norm weighting is not available: %1</source>
        <translation>La ponderación por norma no está disponible: %1</translation>
    </message>
    <message>
        <source>Norm-weighted</source>
        <translation>Ponderada (norma)</translation>
    </message>
    <message>
        <source>Weigh each attention weight by the norm of what its key&apos;s value vector writes through the output projection, rows renormalised (Kobayashi et al., 2020)</source>
        <translation>Ponderar cada peso de atención por la norma de lo que el vector de valor de su clave escribe a través de la proyección de salida, filas renormalizadas (Kobayashi et al., 2020)</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::EmbeddingLegend</name>
    <message>
        <source>queries</source>
        <translation>consultas</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>claves</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primero</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>and %1 more inputs</source>
        <translation>y %1 entradas más</translation>
    </message>
    <message>
        <source>dark: queries · light: keys</source>
        <translation>oscuro: consultas · claro: claves</translation>
    </message>
    <message>
        <source>click a query or key to colour by its attention</source>
        <translation>haga clic en una consulta o clave para colorear según su atención</translation>
    </message>
    <message>
        <source>attention %1</source>
        <translation>atención %1</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <source>%1 points · %2 inputs</source>
        <translation>%1 puntos · %2 entradas</translation>
    </message>
    <message>
        <source>moving: %1 of %2 points drawn</source>
        <translation>en movimiento: %1 de %2 puntos dibujados</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FlowGraphPlot</name>
    <message>
        <source> · %1 of %2 tokens, those that carry the most</source>
        <translation> · %1 de %2 tokens, los que más aportan</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
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
        <translation>posición</translation>
    </message>
    <message>
        <source>input token</source>
        <translation>token de entrada</translation>
    </message>
    <message>
        <source>relevance</source>
        <translation>relevancia</translation>
    </message>
    <message>
        <source>Click a row to show that position&apos;s relevance and graph</source>
        <translation>Haga clic en una fila para mostrar la relevancia y el grafo de esa posición</translation>
    </message>
    <message>
        <source>Raw attention (last layer)</source>
        <translation>Atención bruta (última capa)</translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation>Rollout de atención</translation>
    </message>
    <message>
        <source>Attention flow</source>
        <translation>Flujo de atención</translation>
    </message>
    <message>
        <source>Where each position&apos;s information comes from once the layers have mixed it. Rollout multiplies every layer&apos;s head-averaged attention, with the residual connection added as ½·I; flow treats the layers as a network of pipes whose capacities are those weights and finds how much can reach the position from each input token (Abnar &amp; Zuidema, 2020). Both follow the information through all layers; raw attention shows the last layer only.</source>
        <translation>De dónde procede la información de cada posición una vez que las capas la han mezclado. El rollout multiplica la atención promediada sobre las cabezas de cada capa, sumando la conexión residual como ½·I; el flujo trata las capas como una red de tuberías cuyas capacidades son esos pesos y calcula cuánto puede llegar a la posición desde cada token de entrada (Abnar &amp; Zuidema, 2020). Ambos siguen la información a través de todas las capas; la atención bruta solo muestra la última capa.</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>The method of the position&apos;s relevance and graph</source>
        <translation>El método para la relevancia y el grafo de la posición</translation>
    </message>
    <message>
        <source>Leave masked heads out</source>
        <translation>Excluir las cabezas enmascaradas</translation>
    </message>
    <message>
        <source>Average only the heads that were not masked in this run</source>
        <translation>Promediar solo las cabezas que no estaban enmascaradas en esta ejecución</translation>
    </message>
    <message>
        <source>Position&apos;s relevance and graph by:</source>
        <translation>Relevancia y grafo de la posición según:</translation>
    </message>
    <message>
        <source>No capture</source>
        <translation>Sin captura</translation>
    </message>
    <message>
        <source>computed in %1 s</source>
        <translation>calculado en %1 s</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calculando…</translation>
    </message>
    <message>
        <source>position %1 (%2)</source>
        <translation>posición %1 (%2)</translation>
    </message>
    <message>
        <source>Whole matrices are drawn up to %1 tokens; this input has %2, so only the selected position is computed.</source>
        <translation>Las matrices completas se dibujan hasta %1 tokens; esta entrada tiene %2, así que solo se calcula la posición seleccionada.</translation>
    </message>
    <message>
        <source>The flow matrix is computed up to %1 tokens (a maximum-flow problem per cell); below, flow is computed for the selected position.</source>
        <translation>La matriz de flujo se calcula hasta %1 tokens (un problema de flujo máximo por celda); debajo, el flujo se calcula para la posición seleccionada.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Position %1 (%2) through the layers</source>
        <translation>Posición %1 (%2) a través de las capas</translation>
    </message>
    <message>
        <source>Information flow, %1</source>
        <translation>Flujo de información, %1</translation>
    </message>
    <message>
        <source>Information flow</source>
        <translation>Flujo de información</translation>
    </message>
    <message>
        <source>Run a text or an image first</source>
        <translation>Ejecute primero un texto o una imagen</translation>
    </message>
    <message>
        <source>The information flow is still being computed</source>
        <translation>El flujo de información aún se está calculando</translation>
    </message>
    <message>
        <source>Relevance matrices</source>
        <translation>Matrices de relevancia</translation>
    </message>
    <message>
        <source>Relevance over the image</source>
        <translation>Relevancia sobre la imagen</translation>
    </message>
    <message>
        <source>Relevance of each input token</source>
        <translation>Relevancia de cada token de entrada</translation>
    </message>
    <message>
        <source>Layered graph</source>
        <translation>Grafo por capas</translation>
    </message>
    <message>
        <source>%1: relevance %2</source>
        <translation>%1: relevancia %2</translation>
    </message>
    <message>
        <source>computing… %1 %</source>
        <translation>calculando… %1 %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadChips</name>
    <message>
        <source>Click a head to show or hide it; double-click to show it alone</source>
        <translation>Haga clic en una cabeza para mostrarla u ocultarla; doble clic para mostrar solo esa</translation>
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
        <translation>Capa %1, cabeza %2: enmascarada (clic para desenmascarar)</translation>
    </message>
    <message>
        <source>Layer %1, head %2 (click to mask)</source>
        <translation>Capa %1, cabeza %2 (clic para enmascarar)</translation>
    </message>
    <message>
        <source>Mask every head of layer %1</source>
        <translation>Enmascarar todas las cabezas de la capa %1</translation>
    </message>
    <message numerus="yes">
        <source>Head mask: %n head(s) masked</source>
        <translation>
            <numerusform>Máscara de cabezas: %n cabeza enmascarada</numerusform>
            <numerusform>Máscara de cabezas: %n cabezas enmascaradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>Abra primero un modelo.</translation>
    </message>
    <message>
        <source>Head mask</source>
        <translation>Máscara de cabezas</translation>
    </message>
    <message>
        <source>Head mask grid</source>
        <translation>Cuadrícula de máscara de cabezas</translation>
    </message>
    <message>
        <source>One square per head. Arrow keys select a head, Space masks or unmasks it, L masks its whole layer.</source>
        <translation>Un cuadrado por cabeza. Las flechas eligen una cabeza, Espacio la enmascara o desenmascara, L enmascara toda su capa.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadRolesModel</name>
    <message>
        <source>Layer %1, head %2: %3 under the current thresholds</source>
        <translation>Capa %1, cabeza %2: %3 con los umbrales actuales</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Sumidero</translation>
    </message>
    <message>
        <source>Value sink</source>
        <translation>Sumidero de valor</translation>
    </message>
    <message>
        <source>Prev. token</source>
        <translation>Token prev.</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>Inducción</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Entropy frac.</source>
        <translation>Entropía rel.</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropía</translation>
    </message>
    <message>
        <source>Top key</source>
        <translation>Clave máx.</translation>
    </message>
    <message>
        <source>Top share</source>
        <translation>Cuota máx.</translation>
    </message>
    <message>
        <source>The first rule that holds: induction, previous-token, sink, broad, local, else mixed</source>
        <translation>La primera regla que se cumple: induction, previous-token, sink, broad, local, si no, mixed</translation>
    </message>
    <message>
        <source>Mean attention of queries after the first to the first token</source>
        <translation>Atención media de las consultas posteriores a la primera hacia el primer token</translation>
    </message>
    <message>
        <source>The first token&apos;s share of value-weighted attention (low: a no-op sink)</source>
        <translation>Cuota del primer token en la atención ponderada por valores (baja: un sumidero sin efecto)</translation>
    </message>
    <message>
        <source>Mean attention to the previous token</source>
        <translation>Atención media hacia el token anterior</translation>
    </message>
    <message>
        <source>On the [BOS] R R probe: attention to the token after the earlier copy (– without a probe run)</source>
        <translation>En la sonda [BOS] R R: atención al token que sigue a la copia anterior (– sin ejecución de sonda)</translation>
    </message>
    <message>
        <source>Attention within two positions of the query</source>
        <translation>Atención a menos de dos posiciones de la consulta</translation>
    </message>
    <message>
        <source>Entropy relative to uniform over the keys a query can see (1 = uniform)</source>
        <translation>Entropía relativa a la uniforme sobre las claves que ve una consulta (1 = uniforme)</translation>
    </message>
    <message>
        <source>Mean entropy of a query&apos;s attention, in nats</source>
        <translation>Entropía media de la atención de una consulta, en nats</translation>
    </message>
    <message>
        <source>The position receiving the most attention</source>
        <translation>La posición que recibe más atención</translation>
    </message>
    <message>
        <source>Mean attention that position receives</source>
        <translation>Atención media que recibe esa posición</translation>
    </message>
    <message>
        <source>Logit attr.</source>
        <translation>Atrib. logit</translation>
    </message>
    <message>
        <source>Direct logit attribution: what the head writes into the predicted token&apos;s logit at the last position, through the final norm frozen at the run&apos;s value (red: up, blue: down)</source>
        <translation>Atribución directa de logit: lo que la cabeza escribe en el logit del token predicho en la última posición, a través de la normalización final fijada en su valor de esta ejecución (rojo: sube, azul: baja)</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadRolesTable</name>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>Filter: role, “L2 H1” or “2:1”</source>
        <translation>Filtro: rol, «L2 H1» o «2:1»</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <source>Role thresholds (first rule that holds)</source>
        <translation>Umbrales de los roles (primera regla que se cumple)</translation>
    </message>
    <message>
        <source>induction ≥</source>
        <translation>inducción ≥</translation>
    </message>
    <message>
        <source>prev. token ≥</source>
        <translation>token prev. ≥</translation>
    </message>
    <message>
        <source>sink ≥</source>
        <translation>sumidero ≥</translation>
    </message>
    <message>
        <source>broad: entropy frac. ≥</source>
        <translation>amplia: entropía rel. ≥</translation>
    </message>
    <message>
        <source>local ≥</source>
        <translation>local ≥</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>&lt;i&gt;No scores yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aún no hay puntuaciones.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 heads: </source>
        <translation>%1 cabezas: </translation>
    </message>
    <message numerus="yes">
        <source>%n head(s)</source>
        <translation>
            <numerusform>%n cabeza</numerusform>
            <numerusform>%n cabezas</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a text first (or loosen the filters).</source>
        <translation>Ejecute primero un texto (o relaje los filtros).</translation>
    </message>
    <message>
        <source>Head roles</source>
        <translation>Roles de las cabezas</translation>
    </message>
    <message>
        <source>Roles, first rule that holds: induction ≥ %1, previous token ≥ %2, sink ≥ %3, broad when entropy fraction ≥ %4, local ≥ %5, else mixed.</source>
        <translation>Roles, primera regla que se cumple: induction ≥ %1, previous-token ≥ %2, sink ≥ %3, broad si la entropía relativa ≥ %4, local ≥ %5, si no, mixed.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadView</name>
    <message>
        <source>Sentences</source>
        <translation>Oraciones</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>The layer whose heads are drawn</source>
        <translation>La capa cuyas cabezas se dibujan</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
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
        <translation>Solo líneas de las consultas de una oración a las claves de una oración</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>Capa %1: %2</translation>
    </message>
    <message>
        <source>%1 tokens · weights ≥ %2 drawn</source>
        <translation>%1 tokens · pesos ≥ %2 dibujados</translation>
    </message>
    <message>
        <source>Layer %1, all %2 heads</source>
        <translation>Capa %1, las %2 cabezas</translation>
    </message>
    <message numerus="yes">
        <source>Layer %1, %n head(s)</source>
        <translation>
            <numerusform>Capa %1, %n cabeza</numerusform>
            <numerusform>Capa %1, %n cabezas</numerusform>
        </translation>
    </message>
    <message>
        <source>, after − before</source>
        <translation>, después − antes</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Ejecute primero un texto.</translation>
    </message>
    <message>
        <source>, norm-weighted</source>
        <translation>, ponderada por norma</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadViewCanvas</name>
    <message>
        <source>Run a text to see its attention</source>
        <translation>Ejecute un texto para ver su atención</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>after − before  (red: more, blue: less)</source>
        <translation>después − antes  (rojo: más, azul: menos)</translation>
    </message>
    <message>
        <source>Head view lines</source>
        <translation>Líneas de la vista de cabezas</translation>
    </message>
    <message>
        <source>Lines from each query token to the keys it attends to. Up and Down select a token, Left and Right its query or its key, Escape shows every line again.</source>
        <translation>Líneas desde cada token de consulta hasta las claves a las que atiende. Arriba y Abajo eligen un token, Izquierda y Derecha su consulta o su clave, Escape vuelve a mostrar todas las líneas.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImageDrop</name>
    <message>
        <source>Drop an
image here</source>
        <translation>Suelte una
imagen aquí</translation>
    </message>
    <message>
        <source>A vision model takes an image: drop a PNG or JPEG file here or choose one.</source>
        <translation>Un modelo de visión recibe una imagen: suelte aquí un archivo PNG o JPEG o elija uno.</translation>
    </message>
    <message>
        <source>Choose &amp;Image…</source>
        <translation>Elegir &amp;imagen…</translation>
    </message>
    <message>
        <source>%1 could not be read as an image (%2)</source>
        <translation>%1 no se pudo leer como imagen (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 píxeles</translation>
    </message>
    <message>
        <source>Choose Image</source>
        <translation>Elegir imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImageHeatOverlay</name>
    <message>
        <source>No image to overlay</source>
        <translation>No hay imagen que superponer</translation>
    </message>
    <message>
        <source>class token %1</source>
        <translation>token de clase %1</translation>
    </message>
    <message>
        <source>, registers %1</source>
        <translation>, registros %1</translation>
    </message>
    <message>
        <source>, brightest patch %1</source>
        <translation>, parche más brillante %1</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ImportanceView</name>
    <message>
        <source>Ablation: Δloss when the head alone is masked</source>
        <translation>Ablación: Δpérdida al enmascarar solo esta cabeza</translation>
    </message>
    <message>
        <source>Gradient: |∂loss/∂mask|, one backward pass</source>
        <translation>Gradiente: |∂loss/∂mask|, una pasada hacia atrás</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>head</source>
        <translation>cabeza</translation>
    </message>
    <message>
        <source>Mask and re-run</source>
        <translation>Enmascarar y volver a ejecutar</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>Mask the</source>
        <translation>Enmascarar las</translation>
    </message>
    <message>
        <source>least important heads (outlined)</source>
        <translation>cabezas menos importantes (remarcadas)</translation>
    </message>
    <message>
        <source>Press Compute to measure every head.</source>
        <translation>Pulse Calcular para medir cada cabeza.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Terminado en %1 s.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Error.</translation>
    </message>
    <message numerus="yes">
        <source>Mask the %n least important heads</source>
        <translation>
            <numerusform>Enmascarar la cabeza menos importante</numerusform>
            <numerusform>Enmascarar las %n cabezas menos importantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Ablation: Δloss when each head alone is masked</source>
        <translation>Ablación: Δpérdida al enmascarar cada cabeza por separado</translation>
    </message>
    <message>
        <source>Gradient estimate: |∂loss/∂mask| per head</source>
        <translation>Estimación por gradiente: |∂loss/∂mask| por cabeza</translation>
    </message>
    <message>
        <source>&lt;i&gt;No %1 result yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aún no hay resultado de %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Load a model and run an input first.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Cargue primero un modelo y ejecute una entrada.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Δ loss</source>
        <translation>Δ pérdida</translation>
    </message>
    <message>
        <source>|∂loss/∂mask|</source>
        <translation>|∂loss/∂mask|</translation>
    </message>
    <message>
        <source>Loss: %1, unmasked %2. Red: the model does worse without the head; blue: better.</source>
        <translation>Pérdida: %1, sin máscara %2. Rojo: el modelo funciona peor sin la cabeza; azul: mejor.</translation>
    </message>
    <message>
        <source>Loss: %1, unmasked %2. Masking moves the multiplier from 1 to 0, so −∂loss/∂mask estimates the ablation to first order.</source>
        <translation>Pérdida: %1, sin máscara %2. Enmascarar lleva el multiplicador de 1 a 0, así que −∂loss/∂mask estima la ablación en primer orden.</translation>
    </message>
    <message>
        <source>loss change when each head alone is masked</source>
        <translation>cambio de la pérdida al enmascarar cada cabeza por separado</translation>
    </message>
    <message>
        <source>gradient estimate |∂loss/∂mask|</source>
        <translation>estimación por gradiente |∂loss/∂mask|</translation>
    </message>
    <message>
        <source>Compute the head importance first.</source>
        <translation>Calcule primero la importancia de las cabezas.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::InputPanel</name>
    <message>
        <source>Type a text, then press Ctrl+Return to run it</source>
        <translation>Escriba un texto y pulse Ctrl+Intro para ejecutarlo</translation>
    </message>
    <message>
        <source>Second &amp;sentence (sentence pair):</source>
        <translation>Segunda &amp;oración (par de oraciones):</translation>
    </message>
    <message>
        <source>Optional: a second sentence, encoded as segment B</source>
        <translation>Opcional: una segunda oración, codificada como segmento B</translation>
    </message>
    <message>
        <source>The tokens appear here as you type.</source>
        <translation>Los tokens aparecen aquí mientras escribe.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the run; the views keep their previous results (Esc)</source>
        <translation>Detener la ejecución; las vistas conservan sus resultados anteriores (Esc)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run the model on this input (Ctrl+Return)</source>
        <translation>Ejecutar el modelo con esta entrada (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation>&amp;Máscara:</translation>
    </message>
    <message>
        <source>e.g. 1:0, 2:3</source>
        <translation>p. ej. 1:0, 2:3</translation>
    </message>
    <message>
        <source>Heads whose output is zeroed, as layer:head pairs counted from 0</source>
        <translation>Cabezas cuya salida se pone a cero, como pares capa:cabeza contados desde 0</translation>
    </message>
    <message>
        <source>Run with Mask</source>
        <translation>Ejecutar con máscara</translation>
    </message>
    <message>
        <source>Run again with the masked heads and compare with the plain run (Ctrl+Shift+Return)</source>
        <translation>Ejecutar de nuevo con las cabezas enmascaradas y comparar con la ejecución normal (Ctrl+Mayús+Intro)</translation>
    </message>
    <message>
        <source>Edit mask</source>
        <translation>Editar máscara</translation>
    </message>
    <message>
        <source>The tokenizer failed: %1</source>
        <translation>Error del tokenizador: %1</translation>
    </message>
    <message>
        <source>added by the tokenizer</source>
        <translation>añadido por el tokenizador</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>caracteres %1–%2</translation>
    </message>
    <message>
        <source>first text</source>
        <translation>primer texto</translation>
    </message>
    <message>
        <source>second text</source>
        <translation>segundo texto</translation>
    </message>
    <message>
        <source>Token %1 · id %2
%3 · %4</source>
        <translation>Token %1 · id %2
%3 · %4</translation>
    </message>
    <message>
        <source>Open a model to run a text.</source>
        <translation>Abra un modelo para ejecutar un texto.</translation>
    </message>
    <message>
        <source>Choose or drop an image to run.</source>
        <translation>Elija o suelte una imagen para ejecutarla.</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 tokens</translation>
    </message>
    <message>
        <source>This model folder has no tokenizer, so text cannot be run.</source>
        <translation>Esta carpeta de modelo no tiene tokenizador, así que no se puede ejecutar texto.</translation>
    </message>
    <message>
        <source>The tokenizer could not be loaded: %1</source>
        <translation>No se pudo cargar el tokenizador: %1</translation>
    </message>
    <message>
        <source>Type a text to run.</source>
        <translation>Escriba un texto para ejecutarlo.</translation>
    </message>
    <message>
        <source>Too long: %1 tokens, but this model takes at most %2. Shorten the text to run it.</source>
        <translation>Demasiado largo: %1 tokens, pero este modelo admite como máximo %2. Acorte el texto para ejecutarlo.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>&amp;Attention:</source>
        <translation>&amp;Atención:</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Decodificador</translation>
    </message>
    <message>
        <source>Cross (decoder → source)</source>
        <translation>Cruzada (decodificador → origen)</translation>
    </message>
    <message>
        <source>Which attention the views show: the encoder&apos;s over the source, the decoder&apos;s over the target, or the decoder&apos;s attention over the source (cross-attention)</source>
        <translation>Qué atención muestran las vistas: la del codificador sobre el origen, la del decodificador sobre el destino, o la atención del decodificador sobre el origen (atención cruzada)</translation>
    </message>
    <message>
        <source>Attention shown</source>
        <translation>Atención mostrada</translation>
    </message>
    <message>
        <source>Heads whose output is zeroed: enc:L:H, dec:L:H or cross:L:H, counted from 0</source>
        <translation>Cabezas cuya salida se pone a cero: enc:L:H, dec:L:H o cross:L:H, contadas desde 0</translation>
    </message>
    <message>
        <source>&amp;Target (the decoder&apos;s text):</source>
        <translation>&amp;Destino (el texto del decodificador):</translation>
    </message>
    <message>
        <source>Optional: what the decoder reads; empty runs its start token alone</source>
        <translation>Opcional: lo que lee el decodificador; vacío, se ejecuta solo su token de inicio</translation>
    </message>
    <message>
        <source>e.g. enc:1:0, cross:2:3</source>
        <translation>p. ej. enc:1:0, cross:2:3</translation>
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
        <translation>Miniaturas</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>computing model view thumbnails</source>
        <translation>calculando las miniaturas de la vista del modelo</translation>
    </message>
    <message>
        <source>Some thumbnails failed: %1</source>
        <translation>Fallaron algunas miniaturas: %1</translation>
    </message>
    <message>
        <source>Computing thumbnails %1 / %2</source>
        <translation>Calculando miniaturas %1 / %2</translation>
    </message>
    <message>
        <source>%1 layers × %2 heads</source>
        <translation>%1 capas × %2 cabezas</translation>
    </message>
    <message>
        <source>, after − before</source>
        <translation>, después − antes</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Ejecute primero un texto.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ModelViewCanvas</name>
    <message>
        <source>Click: select the head · Right-click or Ctrl+click: mask or unmask it</source>
        <translation>Clic: seleccionar la cabeza · Clic derecho o Ctrl+clic: enmascararla o desenmascararla</translation>
    </message>
    <message>
        <source>Run a text to see every head</source>
        <translation>Ejecute un texto para ver cada cabeza</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2 · masked</source>
        <translation>Capa %1 · Cabeza %2 · enmascarada</translation>
    </message>
    <message>
        <source>Layer %1 · Head %2</source>
        <translation>Capa %1 · Cabeza %2</translation>
    </message>
    <message>
        <source>w%1</source>
        <translation>w%1</translation>
    </message>
    <message>
        <source> · window %1</source>
        <translation> · ventana %1</translation>
    </message>
    <message>
        <source>Model view heads</source>
        <translation>Cabezas de la vista del modelo</translation>
    </message>
    <message>
        <source>Every head as a small attention map. Arrow keys select a head, Space masks or unmasks it.</source>
        <translation>Cada cabeza como un pequeño mapa de atención. Las flechas eligen una cabeza, Espacio la enmascara o desenmascara.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::PositionChart</name>
    <message>
        <source>Token %1 “%2”: %3 %4</source>
        <translation>Token %1 «%2»: %3 %4</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::PredictionPanel</name>
    <message>
        <source>How far each position&apos;s prediction moved (KL divergence, nats) — click a bar to select it</source>
        <translation>Cuánto se desplazó la predicción de cada posición (divergencia KL, nats) — haga clic en una barra para seleccionarla</translation>
    </message>
    <message>
        <source>KLᵢ = Σᵥ Pᵢ(v) · (ln Pᵢ(v) − ln Qᵢ(v)), with P the prediction at position i before masking and Q after it.</source>
        <translation>KLᵢ = Σᵥ Pᵢ(v) · (ln Pᵢ(v) − ln Qᵢ(v)), con P la predicción en la posición i antes de enmascarar y Q después.</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <source>Run a text to see what the model predicts.</source>
        <translation>Ejecute un texto para ver qué predice el modelo.</translation>
    </message>
    <message>
        <source>This model has no prediction head (language-model or classifier), so there is nothing to predict. The attention views still show every head.</source>
        <translation>Este modelo no tiene cabeza de predicción (modelo de lenguaje o clasificador), así que no hay nada que predecir. Las vistas de atención siguen mostrando cada cabeza.</translation>
    </message>
    <message>
        <source>Most likely classes of the image</source>
        <translation>Clases más probables de la imagen</translation>
    </message>
    <message>
        <source>Next token after “%1” (token %2 of %3)</source>
        <translation>Siguiente token tras «%1» (token %2 de %3)</translation>
    </message>
    <message>
        <source>Predicted token at position %1 “%2”</source>
        <translation>Token predicho en la posición %1 «%2»</translation>
    </message>
    <message>
        <source>Click a token to see what the model predicts after it.</source>
        <translation>Haga clic en un token para ver qué predice el modelo después de él.</translation>
    </message>
    <message>
        <source>Click a token to see what the model predicts there; a [MASK] token is chosen first.</source>
        <translation>Haga clic en un token para ver qué predice el modelo ahí; primero se elige un token [MASK].</translation>
    </message>
    <message>
        <source>id %1 · logit %2 · probability %3</source>
        <translation>id %1 · logit %2 · probabilidad %3</translation>
    </message>
    <message>
        <source>
before masking: %1</source>
        <translation>
antes de enmascarar: %1</translation>
    </message>
    <message>
        <source>Before · no heads masked</source>
        <translation>Antes · ninguna cabeza enmascarada</translation>
    </message>
    <message>
        <source>After · masked %1</source>
        <translation>Después · máscara %1</translation>
    </message>
    <message>
        <source>Masked %1</source>
        <translation>Máscara %1</translation>
    </message>
    <message>
        <source>Mean next-token cross-entropy on the input: L = −1/(N−1) · Σᵢ ln p(xᵢ₊₁ | x₁…xᵢ), in nats.</source>
        <translation>Entropía cruzada media del siguiente token en la entrada: L = −1/(N−1) · Σᵢ ln p(xᵢ₊₁ | x₁…xᵢ), en nats.</translation>
    </message>
    <message>
        <source>Mean cross-entropy of each input token at its own position: L = −1/N · Σᵢ ln p(xᵢ | x), in nats (a masked LM reconstructing its input).</source>
        <translation>Entropía cruzada media de cada token de entrada en su propia posición: L = −1/N · Σᵢ ln p(xᵢ | x), en nats (un LM enmascarado que reconstruye su entrada).</translation>
    </message>
    <message>
        <source>KL divergence of the class distribution after masking: &lt;b&gt;%1&lt;/b&gt; nats</source>
        <translation>Divergencia KL de la distribución de clases tras enmascarar: &lt;b&gt;%1&lt;/b&gt; nats</translation>
    </message>
    <message>
        <source>Loss on the input: &lt;b&gt;%1&lt;/b&gt; nats (perplexity %2)</source>
        <translation>Pérdida en la entrada: &lt;b&gt;%1&lt;/b&gt; nats (perplejidad %2)</translation>
    </message>
    <message>
        <source>Loss on the input: %1 → &lt;b&gt;%2&lt;/b&gt; nats (&lt;span style=&quot;color:%3&quot;&gt;%4%5&lt;/span&gt;)</source>
        <translation>Pérdida en la entrada: %1 → &lt;b&gt;%2&lt;/b&gt; nats (&lt;span style=&quot;color:%3&quot;&gt;%4%5&lt;/span&gt;)</translation>
    </message>
    <message>
        <source>, largest at token %1 “%2”</source>
        <translation>, máxima en el token %1 «%2»</translation>
    </message>
    <message>
        <source>mean KL %1 nats%2</source>
        <translation>KL media %1 nats%2</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>nats</translation>
    </message>
    <message>
        <source>The logits at this position are NaN or infinite, so there is nothing to rank.</source>
        <translation>Los logits en esta posición son NaN o infinitos, así que no hay nada que ordenar.</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Ejecute primero un texto.</translation>
    </message>
    <message>
        <source>This model has no prediction head.</source>
        <translation>Este modelo no tiene cabeza de predicción.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>Divergencia KL</translation>
    </message>
    <message>
        <source>KL divergence per position</source>
        <translation>Divergencia KL por posición</translation>
    </message>
    <message>
        <source>This model outputs an image embedding of %1 values, not class scores, so there is nothing to rank. The attention views still show every head.</source>
        <translation>Este modelo produce un embedding de imagen de %1 valores, no puntuaciones de clase, así que no hay nada que ordenar. Las vistas de atención siguen mostrando cada cabeza.</translation>
    </message>
    <message>
        <source>This model outputs an embedding, not predictions.</source>
        <translation>Este modelo produce un embedding, no predicciones.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::QueryKeyEmbeddingView</name>
    <message>
        <source>Colour by</source>
        <translation>Colorear por</translation>
    </message>
    <message>
        <source>Query / key</source>
        <translation>Consulta / clave</translation>
    </message>
    <message>
        <source>Token position</source>
        <translation>Posición del token</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Attention of selection</source>
        <translation>Atención de la selección</translation>
    </message>
    <message>
        <source>Find a token…</source>
        <translation>Buscar un token…</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
    <message>
        <source>Draw a density image instead of points (2D)</source>
        <translation>Dibujar una imagen de densidad en lugar de puntos (2D)</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>Embed in three dimensions</source>
        <translation>Proyectar en tres dimensiones</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show all points</source>
        <translation>Mostrar todos los puntos</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>to key “%1” (input %2, position %3)</source>
        <translation>a la clave «%1» (entrada %2, posición %3)</translation>
    </message>
    <message>
        <source>from query “%1” (input %2, position %3)</source>
        <translation>desde la consulta «%1» (entrada %2, posición %3)</translation>
    </message>
    <message>
        <source>“%1”: 1 match</source>
        <translation>«%1»: 1 coincidencia</translation>
    </message>
    <message>
        <source>“%1”: %2 matches</source>
        <translation>«%1»: %2 coincidencias</translation>
    </message>
    <message>
        <source>Nothing is embedded yet.</source>
        <translation>Aún no hay ningún embedding.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::QueryKeyMatrixView</name>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Query–key embeddings of every head</source>
        <translation>Embeddings consulta–clave de todas las cabezas</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>claves</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>consultas</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>embedding, %1 % done</source>
        <translation>embedding, %1 % hecho</translation>
    </message>
    <message>
        <source>click to open</source>
        <translation>clic para abrir</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Layer %1, head %2: %3</source>
        <translation>Capa %1, cabeza %2: %3</translation>
    </message>
    <message>
        <source>every head</source>
        <translation>todas las cabezas</translation>
    </message>
    <message>
        <source>No head is embedded yet.</source>
        <translation>Aún no hay ninguna cabeza con embedding.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::SelectionModel</name>
    <message>
        <source>Mask all heads of layer %1</source>
        <translation>Enmascarar todas las cabezas de la capa %1</translation>
    </message>
    <message>
        <source>Invert mask</source>
        <translation>Invertir máscara</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>Borrar máscara</translation>
    </message>
    <message>
        <source>Mask head %1%2:%3</source>
        <translation>Enmascarar la cabeza %1%2:%3</translation>
    </message>
    <message>
        <source>Unmask head %1%2:%3</source>
        <translation>Desenmascarar la cabeza %1%2:%3</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::SinkView</name>
    <message>
        <source>Sink score: mean attention to the first token</source>
        <translation>Puntuación de sumidero: atención media al primer token</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>head</source>
        <translation>cabeza</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>sumidero</translation>
    </message>
    <message>
        <source>Click a head to select it in every view</source>
        <translation>Haga clic en una cabeza para seleccionarla en todas las vistas</translation>
    </message>
    <message>
        <source>Selected layer</source>
        <translation>Capa seleccionada</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Todas las capas</translation>
    </message>
    <message>
        <source>attention received (sum)</source>
        <translation>atención recibida (suma)</translation>
    </message>
    <message>
        <source>Hidden-state norm ‖h‖ per token (log scale)</source>
        <translation>Norma del estado oculto ‖h‖ por token (escala logarítmica)</translation>
    </message>
    <message>
        <source>‖h‖</source>
        <translation>‖h‖</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>atención</translation>
    </message>
    <message>
        <source>share</source>
        <translation>cuota</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>Attention received by each token, summed over heads and queries:</source>
        <translation>Atención recibida por cada token, sumada sobre cabezas y consultas:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Run a model to see where its attention piles up.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ejecute un modelo para ver dónde se acumula su atención.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 heads&lt;/b&gt; put at least half their attention on the first token (mean sink score %3). Strongest: &lt;b&gt;L%4 H%5&lt;/b&gt;, %6</source>
        <translation>&lt;b&gt;%1 de %2 cabezas&lt;/b&gt; ponen al menos la mitad de su atención en el primer token (puntuación media de sumidero %3). La más fuerte: &lt;b&gt;L%4 H%5&lt;/b&gt;, %6</translation>
    </message>
    <message>
        <source>, of which %1 survives value weighting</source>
        <translation>, de la cual %1 sobrevive a la ponderación por valores</translation>
    </message>
    <message>
        <source>No massive activations (norm &amp;gt; %1× the layer median).</source>
        <translation>Ninguna activación masiva (norma &amp;gt; %1× la mediana de la capa).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n massive activation(s)&lt;/b&gt; (norm &amp;gt; %1× the layer median).</source>
        <translation>
            <numerusform>&lt;b&gt;%n activación masiva&lt;/b&gt; (norma &amp;gt; %1× la mediana de la capa).</numerusform>
            <numerusform>&lt;b&gt;%n activaciones masivas&lt;/b&gt; (norma &amp;gt; %1× la mediana de la capa).</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 layers × %2 heads</source>
        <translation>Las %1 capas × %2 cabezas</translation>
    </message>
    <message>
        <source>Layer %1, %2 heads</source>
        <translation>Capa %1, %2 cabezas</translation>
    </message>
    <message>
        <source>embed</source>
        <translation>emb.</translation>
    </message>
    <message>
        <source>%1 · token %2 “%3”: ‖h‖ = %4, %5× the layer median</source>
        <translation>%1 · token %2 «%3»: ‖h‖ = %4, %5× la mediana de la capa</translation>
    </message>
    <message>
        <source>No token&apos;s norm exceeds %1× its layer&apos;s median.</source>
        <translation>Ninguna norma de token supera %1× la mediana de su capa.</translation>
    </message>
    <message>
        <source>Raw attention, L%1 H%2</source>
        <translation>Atención bruta, L%1 H%2</translation>
    </message>
    <message>
        <source>Value-weighted: values were not kept</source>
        <translation>Ponderada por valores: los valores no se conservaron</translation>
    </message>
    <message>
        <source>Value-weighted  A·‖v‖, rows renormalised</source>
        <translation>Ponderada por valores  A·‖v‖, filas renormalizadas</translation>
    </message>
    <message>
        <source>Layer %1, head %2: sink %3, value sink %4, top key %5 (“%6”)</source>
        <translation>Capa %1, cabeza %2: sumidero %3, sumidero de valor %4, clave máx. %5 («%6»)</translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation>Capa %1, cabeza %2</translation>
    </message>
    <message>
        <source>%1 layers × %2 heads, layer %3 head %4 selected</source>
        <translation>%1 capas × %2 cabezas, capa %3 cabeza %4 seleccionada</translation>
    </message>
    <message>
        <source>Run a text first.</source>
        <translation>Ejecute primero un texto.</translation>
    </message>
    <message>
        <source>Sink scores</source>
        <translation>Puntuaciones de sumidero</translation>
    </message>
    <message>
        <source>Attention received</source>
        <translation>Atención recibida</translation>
    </message>
    <message>
        <source>Residual norms</source>
        <translation>Normas residuales</translation>
    </message>
    <message>
        <source>Raw attention</source>
        <translation>Atención bruta</translation>
    </message>
    <message>
        <source>Value-weighted attention</source>
        <translation>Atención ponderada por valores</translation>
    </message>
    <message>
        <source>Raw and value-weighted attention</source>
        <translation>Atención bruta y ponderada por valores</translation>
    </message>
    <message numerus="yes">
        <source>The %n register(s) receive &lt;b&gt;%1 %&lt;/b&gt; of all attention, the class token %2 %. </source>
        <translation>
            <numerusform>El registro recibe &lt;b&gt;%1 %&lt;/b&gt; de toda la atención, el token de clase %2 %. </numerusform>
            <numerusform>Los %n registros reciben &lt;b&gt;%1 %&lt;/b&gt; de toda la atención, el token de clase %2 %. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TokenContextPanel</name>
    <message>
        <source>Click a point to see its input here, and its attention as lines.</source>
        <translation>Haga clic en un punto para ver aquí su entrada, y su atención como líneas.</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>at position %1 of %2</source>
        <translation>en la posición %1 de %2</translation>
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
        <translation>Cómo el tokenizador divide la entrada. Izquierda y Derecha seleccionan un token en todas las vistas.</translation>
    </message>
</context>
</TS>
