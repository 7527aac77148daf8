#include "compare/MatrixLoader.h"

#include "archive/Database.h"
#include "services/ComparisonService.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::ui {

MatrixLoader::MatrixLoader(QString archivePath, QHash<QString, QString> categoryNames,
                           QObject *parent)
    : QObject(parent), m_path(std::move(archivePath)), m_categoryNames(std::move(categoryNames))
{
}

void MatrixLoader::load(std::optional<QDate> at)
{
    start(at, std::nullopt);
}

void MatrixLoader::loadBetween(QDate from, QDate to)
{
    start(std::max(from, to), std::min(from, to));
}

void MatrixLoader::start(std::optional<QDate> at, std::optional<QDate> from)
{
    const int generation = ++m_generation;
    ++m_pending;
    auto *watcher = new QFutureWatcher<Result<LoadedFacts>>(this);
    connect(watcher, &QFutureWatcher<Result<LoadedFacts>>::finished, this,
            [this, watcher, generation] {
                --m_pending;
                watcher->deleteLater();
                if (generation == m_generation)
                    Q_EMIT loaded(watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(
        [path = m_path, names = m_categoryNames, at, from]() -> Result<LoadedFacts> {
            OpenOptions o;
            o.create = false;
            auto db = Database::open(path, o);
            if (!db)
                return db.error();
            ComparisonService service(**db);
            service.setCategoryNames(names);
            LoadedFacts out;
            auto facts = service.facts(at);
            if (!facts)
                return facts.error();
            out.facts = std::move(*facts);
            if (from) {
                auto before = service.facts(*from);
                if (!before)
                    return before.error();
                out.before = std::move(*before);
                auto touched = service.touchedBetween(*from, *at);
                if (!touched)
                    return touched.error();
                out.touched = std::move(*touched);
            }
            return out;
        }));
}

} // namespace cw::ui
