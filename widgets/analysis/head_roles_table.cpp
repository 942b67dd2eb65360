// HeadRolesTable: the scores model, its filter, and the widget with filters and threshold spin boxes.
#include "analysis/head_roles_table.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "selection_model.h"
#include "style.h"

namespace attnscope::widgets {

QStringList headRoleNames() {
    return {QStringLiteral("induction"), QStringLiteral("previous-token"), QStringLiteral("sink"),
            QStringLiteral("broad"),     QStringLiteral("local"),          QStringLiteral("mixed")};
}

QColor headRoleColor(const QString& role) {
    static const std::map<QString, QColor> colors = {
        {QStringLiteral("induction"), QColor(250, 214, 165)}, {QStringLiteral("previous-token"), QColor(200, 228, 190)},
        {QStringLiteral("sink"), QColor(205, 200, 238)},      {QStringLiteral("broad"), QColor(236, 236, 236)},
        {QStringLiteral("local"), QColor(190, 222, 240)},     {QStringLiteral("mixed"), QColor(255, 255, 255)}};
    const auto it = colors.find(role);
    return it == colors.end() ? QColor(Qt::white) : it->second;
}

// ---- model ----

void HeadRolesModel::setScores(std::vector<HeadScores> scores) {
    beginResetModel();
    scores_ = std::move(scores);
    endResetModel();
}

void HeadRolesModel::setAttribution(std::vector<double> terms, int heads, const QString& description) {
    attribution_ = std::move(terms);
    attributionDescription_ = description;
    attributionHeads_ = heads;
    if (!scores_.empty()) emit dataChanged(index(0, Attribution), index(rowCount() - 1, Attribution));
    emit headerDataChanged(Qt::Horizontal, Attribution, Attribution);
}

double HeadRolesModel::attribution(int row) const {
    const HeadScores& s = scores(row);
    const size_t at = static_cast<size_t>(s.layer) * attributionHeads_ + s.head;
    return s.head < attributionHeads_ && at < attribution_.size() ? attribution_[at]
                                                                  : std::numeric_limits<double>::quiet_NaN();
}

void HeadRolesModel::setThresholds(const RoleThresholds& thresholds) {
    thresholds_ = thresholds;
    if (!scores_.empty()) emit dataChanged(index(0, Role), index(rowCount() - 1, Role));
}

QString HeadRolesModel::role(int row) const {
    return QString::fromStdString(headRole(scores(row), thresholds_));
}

int HeadRolesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(scores_.size());
}

int HeadRolesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeadRolesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const HeadScores& s = scores(index.row());
    const int column = index.column();
    double number = 0;
    switch (column) {
        case Layer:
            number = s.layer;
            break;
        case Head:
            number = s.head;
            break;
        case Role:
            number = headRoleNames().indexOf(this->role(index.row()));
            break;
        case Sink:
            number = s.sink;
            break;
        case ValueSink:
            number = s.valueSink;
            break;
        case PrevToken:
            number = s.prevToken;
            break;
        case Induction:
            number = s.induction;
            break;
        case Local:
            number = s.local;
            break;
        case EntropyFraction:
            number = s.entropyFraction;
            break;
        case Entropy:
            number = s.entropy;
            break;
        case TopKey:
            number = s.topKey;
            break;
        case TopKeyShare:
            number = s.topKeyShare;
            break;
        case Attribution:
            number = attribution(index.row());
            break;
        default:
            return {};
    }
    const bool missing = ((column == Induction || column == ValueSink) && number < 0) || !std::isfinite(number);
    switch (role) {
        case Qt::UserRole:
            return std::isfinite(number) ? number : -std::numeric_limits<double>::infinity();
        case Qt::DisplayRole:
            if (column == Role) return this->role(index.row());
            if (column == Layer || column == Head || column == TopKey) return static_cast<int>(number);
            if (column == Attribution && !missing) return QString::number(number, 'f', 3);
            return missing ? QStringLiteral("–") : QString::number(number, 'f', 3);
        case Qt::TextAlignmentRole:
            return column == Role ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::BackgroundRole: {
            if (column == Role) return headRoleColor(this->role(index.row()));
            // Scores in [0, 1] get a tint as strong as the score, so strong heads stand out while scrolling.
            const bool unitScore = column == Sink || column == ValueSink || column == PrevToken ||
                                   column == Induction || column == Local || column == EntropyFraction ||
                                   column == TopKeyShare;
            if (column == Attribution && !missing) {
                // Signed: red pushes the predicted token up, blue pushes it down, as strong as the largest head.
                double largest = 0;
                for (double v : attribution_)
                    if (std::isfinite(v)) largest = std::max(largest, std::abs(v));
                const float t = largest > 0 ? static_cast<float>(0.5 + 0.5 * number / largest) : 0.5f;
                QColor tint = Colormap::divergingRdBu().color(t);
                tint.setAlpha(static_cast<int>(std::abs(t - 0.5f) * 2 * 160));
                return tint;
            }
            if (!unitScore || missing) return {};
            const QColor tint = Colormap::viridis().color(0.55);
            return QColor(tint.red(), tint.green(), tint.blue(), static_cast<int>(std::clamp(number, 0.0, 1.0) * 90));
        }
        case Qt::ToolTipRole:
            if (column == Role)
                return tr("Layer %1, head %2: %3 under the current thresholds")
                    .arg(s.layer)
                    .arg(s.head)
                    .arg(this->role(index.row()));
            if (column == Attribution) return attributionDescription_;
            return {};
        default:
            return {};
    }
}

QVariant HeadRolesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    static const char* const names[ColumnCount] = {
        QT_TR_NOOP("Layer"),         QT_TR_NOOP("Head"),        QT_TR_NOOP("Role"),      QT_TR_NOOP("Sink"),
        QT_TR_NOOP("Value sink"),    QT_TR_NOOP("Prev. token"), QT_TR_NOOP("Induction"), QT_TR_NOOP("Local"),
        QT_TR_NOOP("Entropy frac."), QT_TR_NOOP("Entropy"),     QT_TR_NOOP("Top key"),   QT_TR_NOOP("Top share"),
        QT_TR_NOOP("Logit attr.")};
    static const char* const tips[ColumnCount] = {
        "",
        "",
        QT_TR_NOOP("The first rule that holds: induction, previous-token, sink, broad, local, else mixed"),
        QT_TR_NOOP("Mean attention of queries after the first to the first token"),
        QT_TR_NOOP("The first token's share of value-weighted attention (low: a no-op sink)"),
        QT_TR_NOOP("Mean attention to the previous token"),
        QT_TR_NOOP("On the [BOS] R R probe: attention to the token after the earlier copy (– without a probe run)"),
        QT_TR_NOOP("Attention within two positions of the query"),
        QT_TR_NOOP("Entropy relative to uniform over the keys a query can see (1 = uniform)"),
        QT_TR_NOOP("Mean entropy of a query's attention, in nats"),
        QT_TR_NOOP("The position receiving the most attention"),
        QT_TR_NOOP("Mean attention that position receives"),
        QT_TR_NOOP("Direct logit attribution: what the head writes into the predicted token's logit at the last "
                   "position, through the final norm frozen at the run's value (red: up, blue: down)")};
    if (section < 0 || section >= ColumnCount) return {};
    if (role == Qt::DisplayRole) return tr(names[section]);
    if (role == Qt::ToolTipRole && section == Attribution && !attributionDescription_.isEmpty())
        return tr(tips[section]) + QStringLiteral("\n") + attributionDescription_;
    if (role == Qt::ToolTipRole && tips[section][0] != '\0') return tr(tips[section]);
    return {};
}

// ---- filter ----

void HeadRolesFilter::setRoleFilter(const QString& role) {
    role_ = role;
    invalidateFilter();
}

void HeadRolesFilter::setLayerFilter(int layer) {
    layer_ = layer;
    invalidateFilter();
}

void HeadRolesFilter::setTextFilter(const QString& text) {
    text_ = text.trimmed();
    invalidateFilter();
}

bool HeadRolesFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    const auto* model = static_cast<const HeadRolesModel*>(sourceModel());
    const HeadScores& s = model->scores(sourceRow);
    const QString role = model->role(sourceRow);
    if (!role_.isEmpty() && role != role_) return false;
    if (layer_ >= 0 && s.layer != layer_) return false;
    if (text_.isEmpty()) return true;
    const QString name = QStringLiteral("L%1 H%2").arg(s.layer).arg(s.head);
    const QString pair = QStringLiteral("%1:%2").arg(s.layer).arg(s.head);
    return role.contains(text_, Qt::CaseInsensitive) || name.contains(text_, Qt::CaseInsensitive) || pair == text_;
}

// ---- widget ----

QString HeadRolesTable::figureSubject() const {
    return tr("%n head(s)", nullptr, proxy_->rowCount());
}

QString HeadRolesTable::figureUnavailableReason() const {
    return proxy_->rowCount() > 0 ? QString() : tr("Run a text first (or loosen the filters).");
}

std::vector<FigurePanel> HeadRolesTable::figurePanels() const {
    FigurePanel table = tableFigure(*proxy_, tr("Head roles"));
    const RoleThresholds& t = model_->thresholds();
    const QString thresholds = tr("Roles, first rule that holds: induction ≥ %1, previous token ≥ %2, sink ≥ %3, "
                                  "broad when entropy fraction ≥ %4, local ≥ %5, else mixed.")
                                   .arg(t.induction)
                                   .arg(t.prevToken)
                                   .arg(t.sink)
                                   .arg(t.broadEntropy)
                                   .arg(t.local);
    FigurePanel figure = stackPanels({table, textFigure(thresholds, table.name, table.size.width(), 11)});
    return {figure};
}

HeadRolesTable::HeadRolesTable(SelectionModel* selection, QWidget* parent)
    : QWidget(parent), selection_(selection), model_(new HeadRolesModel(this)), proxy_(new HeadRolesFilter(this)) {
    setStyleFont(this, 11);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(Qt::UserRole);

    view_ = new QTableView(this);
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(HeadRolesModel::Layer, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(false);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(22);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view_->horizontalHeader()->setHighlightSections(false);
    view_->setShowGrid(false);

    roleFilter_ = new QComboBox(this);
    roleFilter_->addItem(tr("All roles"), QString());
    for (const auto& role : headRoleNames()) roleFilter_->addItem(role, role);
    layerFilter_ = new QComboBox(this);
    textFilter_ = new QLineEdit(this);
    textFilter_->setPlaceholderText(tr("Filter: role, “L2 H1” or “2:1”"));
    textFilter_->setClearButtonEnabled(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Role:"), this));
    filters->addWidget(roleFilter_);
    filters->addWidget(new QLabel(tr("Layer:"), this));
    filters->addWidget(layerFilter_);
    filters->addWidget(textFilter_, 1);

    auto* thresholdsBox = new QGroupBox(tr("Role thresholds (first rule that holds)"), this);
    auto* form = new QHBoxLayout(thresholdsBox);
    const RoleThresholds defaults;
    const std::pair<QString, QString> entries[] = {{QStringLiteral("induction"), tr("induction ≥")},
                                                   {QStringLiteral("prev_token"), tr("prev. token ≥")},
                                                   {QStringLiteral("sink"), tr("sink ≥")},
                                                   {QStringLiteral("broad_entropy"), tr("broad: entropy frac. ≥")},
                                                   {QStringLiteral("local"), tr("local ≥")}};
    const double initial[] = {defaults.induction, defaults.prevToken, defaults.sink, defaults.broadEntropy,
                              defaults.local};
    for (size_t i = 0; i < std::size(entries); ++i) {
        auto* box = new QDoubleSpinBox(thresholdsBox);
        box->setRange(0, 1);
        box->setSingleStep(0.05);
        box->setDecimals(2);
        box->setValue(initial[i]);
        form->addWidget(new QLabel(entries[i].second, thresholdsBox));
        form->addWidget(box);
        thresholdBoxes_.append({entries[i].first, box});
        connect(box, &QDoubleSpinBox::valueChanged, this, &HeadRolesTable::readThresholds);
    }
    form->addStretch();

    counts_ = new QLabel(this);
    counts_->setTextFormat(Qt::RichText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(thresholdsBox);
    layout->addWidget(counts_);
    layout->addWidget(view_, 1);

    connect(roleFilter_, &QComboBox::currentIndexChanged, this,
            [this] { proxy_->setRoleFilter(roleFilter_->currentData().toString()); });
    connect(layerFilter_, &QComboBox::currentIndexChanged, this,
            [this] { proxy_->setLayerFilter(layerFilter_->currentData().toInt()); });
    connect(textFilter_, &QLineEdit::textChanged, proxy_, &HeadRolesFilter::setTextFilter);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (!current.isValid()) return;
        const HeadScores& s = model_->scores(proxy_->mapToSource(current).row());
        selection_->selectHead(s.layer, s.head);
    });
    connect(selection_, &SelectionModel::headSelected, this, &HeadRolesTable::followSelection);
    setScores({});
}

void HeadRolesTable::setScores(std::vector<HeadScores> scores) {
    int layers = 0;
    for (const auto& s : scores) layers = std::max(layers, s.layer + 1);
    {
        const QSignalBlocker blocker(layerFilter_);
        const int previous = layerFilter_->currentData().isValid() ? layerFilter_->currentData().toInt() : -1;
        layerFilter_->clear();
        layerFilter_->addItem(tr("All"), -1);
        for (int l = 0; l < layers; ++l) layerFilter_->addItem(QString::number(l), l);
        layerFilter_->setCurrentIndex(previous >= 0 && previous < layers ? previous + 1 : 0);
        proxy_->setLayerFilter(layerFilter_->currentData().toInt());
    }
    model_->setScores(std::move(scores));
    showCounts();
    followSelection();
    if (isVisible() && attributionPending()) emit attributionWanted();
}

void HeadRolesTable::setAttribution(std::vector<double> terms, int heads, const QString& description) {
    model_->setAttribution(std::move(terms), heads, description);
    if (isVisible() && attributionPending()) emit attributionWanted();
}

bool HeadRolesTable::attributionPending() const {
    return model_->rowCount() > 0 && std::isnan(model_->attribution(0)) && model_->attributionDescription().isEmpty();
}

void HeadRolesTable::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (attributionPending()) emit attributionWanted();
}

void HeadRolesTable::setThresholds(const RoleThresholds& thresholds) {
    const double values[] = {thresholds.induction, thresholds.prevToken, thresholds.sink, thresholds.broadEntropy,
                             thresholds.local};
    for (int i = 0; i < thresholdBoxes_.size(); ++i) {
        const QSignalBlocker blocker(thresholdBoxes_[i].second);
        thresholdBoxes_[i].second->setValue(values[i]);
    }
    readThresholds();
}

QDoubleSpinBox* HeadRolesTable::thresholdBox(const QString& name) const {
    for (const auto& [key, box] : thresholdBoxes_)
        if (key == name) return box;
    return nullptr;
}

void HeadRolesTable::readThresholds() {
    RoleThresholds t;
    t.induction = thresholdBox(QStringLiteral("induction"))->value();
    t.prevToken = thresholdBox(QStringLiteral("prev_token"))->value();
    t.sink = thresholdBox(QStringLiteral("sink"))->value();
    t.broadEntropy = thresholdBox(QStringLiteral("broad_entropy"))->value();
    t.local = thresholdBox(QStringLiteral("local"))->value();
    model_->setThresholds(t);
    proxy_->refilter();  // a role filter now matches different heads
    showCounts();
    emit thresholdsChanged(t);
}

void HeadRolesTable::showCounts() {
    std::map<QString, int> counts;
    for (int row = 0; row < model_->rowCount(); ++row) ++counts[model_->role(row)];
    QStringList parts;
    for (const auto& role : headRoleNames())
        if (counts[role] > 0)
            parts << QStringLiteral("<span style=\"background:%1\">&nbsp;%2&nbsp;</span> %3")
                         .arg(headRoleColor(role).name(), role)
                         .arg(counts[role]);
    counts_->setText(parts.isEmpty()
                         ? tr("<i>No scores yet.</i>")
                         : tr("%1 heads: ").arg(model_->rowCount()) + parts.join(QStringLiteral(" &nbsp; ")));
}

void HeadRolesTable::followSelection() {
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const HeadScores& s = model_->scores(proxy_->mapToSource(proxy_->index(row, 0)).row());
        if (s.layer == selection_->layer() && s.head == selection_->head()) {
            const QModelIndex index = proxy_->index(row, 0);
            if (view_->currentIndex().row() != row) {
                const QSignalBlocker blocker(view_->selectionModel());
                view_->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                view_->viewport()->update();
            }
            return;
        }
    }
}

}  // namespace attnscope::widgets
