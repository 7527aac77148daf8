#pragma once

#include <QSortFilterProxyModel>

namespace cw::ui {

/// Filters the platform list by text (in the name or the category) and by
/// what needs attention; sorts on PlatformListModel::SortRole.
class PlatformFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show { All, WithHigh, ToReview };

    explicit PlatformFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    Show m_show = Show::All;
};

} // namespace cw::ui
