#include "archive/Migrations.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace cw {

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        const QDir dir(QStringLiteral(":/sql"));
        const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files);
        for (const QString &name : names) {
            bool ok = false;
            const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
            QFile f(dir.filePath(name));
            if (!ok || version <= 0 || !f.open(QIODevice::ReadOnly))
                continue;
            list.append(Migration{version, name, f.readAll()});
        }
        std::sort(list.begin(), list.end(),
                  [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return list;
    }();
    return migrations;
}

int Migrations::latest()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

} // namespace cw
