#pragma once

#include "compare/ComparisonMatrix.h"
#include "compare/MatrixChanges.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <optional>

namespace cw::ui {

/// The facts behind the matrix view: one date, or two dates and the cells
/// touched between them.
struct LoadedFacts
{
    MatrixFacts facts;                 ///< the (later) date
    std::optional<MatrixFacts> before; ///< set in "changes between" mode
    QSet<CellKey> touched;
};

/// Loads matrix facts off the GUI thread, with a connection of its own to
/// the archive (the facts of 2,000 platforms take a few hundred ms). A newer
/// request supersedes an older one: only the newest result is delivered.
class MatrixLoader : public QObject
{
    Q_OBJECT

public:
    MatrixLoader(QString archivePath, QHash<QString, QString> categoryNames,
                 QObject *parent = nullptr);

    /// Facts at `at` (nullopt: now).
    void load(std::optional<QDate> at);
    /// Facts at `from` and `to`, and the cells touched between.
    void loadBetween(QDate from, QDate to);
    bool isLoading() const { return m_pending > 0; }

Q_SIGNALS:
    void loaded(const cw::Result<cw::ui::LoadedFacts> &facts);

private:
    void start(std::optional<QDate> at, std::optional<QDate> from);

    QString m_path;
    QHash<QString, QString> m_categoryNames;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace cw::ui
