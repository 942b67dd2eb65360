// Every head with its scores in a sortable, filterable table, labelled with the role its scores imply under
// thresholds the user adjusts (the labels update as the spin boxes move). Clicking a row selects the head everywhere.
#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QWidget>
#include <vector>

#include "attnscope/head_metrics.h"
#include "figure.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace attnscope::widgets {

class SelectionModel;

// One row per head. Qt::DisplayRole is the text shown; Qt::UserRole the number sorted on.
class HeadRolesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Layer,
        Head,
        Role,
        Sink,
        ValueSink,
        PrevToken,
        Induction,
        Local,
        EntropyFraction,
        Entropy,
        TopKey,
        TopKeyShare,
        Attribution,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setScores(std::vector<HeadScores> scores);
    // Direct logit attribution per head ([layers * heads], layer-major, `heads` per layer), and what it attributes
    // ("the logit of 'Bob' at position 13") or, with no terms, why there are none.
    void setAttribution(std::vector<double> terms, int heads, const QString& description);
    double attribution(int row) const;  // NaN when there is none
    const QString& attributionDescription() const { return attributionDescription_; }
    void setThresholds(const RoleThresholds& thresholds);
    const RoleThresholds& thresholds() const { return thresholds_; }
    const HeadScores& scores(int row) const { return scores_[static_cast<size_t>(row)]; }
    QString role(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<HeadScores> scores_;
    RoleThresholds thresholds_;
    std::vector<double> attribution_;
    int attributionHeads_ = 0;
    QString attributionDescription_;
};

// Keeps rows whose role, layer and text match; text matches the role or "L3 H1" / "3:1".
class HeadRolesFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setRoleFilter(const QString& role);  // empty: every role
    void setLayerFilter(int layer);           // -1: every layer
    void setTextFilter(const QString& text);
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString role_;
    int layer_ = -1;
    QString text_;
};

class HeadRolesTable : public QWidget, public FigureSource {
    Q_OBJECT
public:
    explicit HeadRolesTable(SelectionModel* selection, QWidget* parent = nullptr);

    void setScores(std::vector<HeadScores> scores);
    // The attribution column (HeadRolesModel::setAttribution).
    void setAttribution(std::vector<double> terms, int heads, const QString& description);
    void setThresholds(const RoleThresholds& thresholds);
    const RoleThresholds& thresholds() const { return model_->thresholds(); }

    HeadRolesModel* model() const { return model_; }
    HeadRolesFilter* proxy() const { return proxy_; }
    QTableView* view() const { return view_; }
    QComboBox* roleFilter() const { return roleFilter_; }
    QComboBox* layerFilter() const { return layerFilter_; }
    QLineEdit* textFilter() const { return textFilter_; }
    // Spin box of one threshold: "sink", "prev_token", "induction", "local", "broad_entropy".
    QDoubleSpinBox* thresholdBox(const QString& name) const;

    QSize sizeHint() const override { return {900, 520}; }

    // The rows as shown (filtered and sorted) with the thresholds in use.
    QString figureSubject() const override;
    QString figureUnavailableReason() const override;
    std::vector<FigurePanel> figurePanels() const override;

signals:
    void thresholdsChanged(const attnscope::RoleThresholds& thresholds);
    // The attribution column waits to be computed (no terms, no description) and the table is on screen.
    void attributionWanted();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool attributionPending() const;
    void readThresholds();
    void showCounts();
    void followSelection();

    SelectionModel* selection_;
    HeadRolesModel* model_;
    HeadRolesFilter* proxy_;
    QTableView* view_;
    QComboBox* roleFilter_;
    QComboBox* layerFilter_;
    QLineEdit* textFilter_;
    QLabel* counts_;
    QList<QPair<QString, QDoubleSpinBox*>> thresholdBoxes_;
};

// The roles headRole() can return, in the order of its rules.
QStringList headRoleNames();
// A light background colour per role, shared by the table and any legend.
QColor headRoleColor(const QString& role);

}  // namespace attnscope::widgets
