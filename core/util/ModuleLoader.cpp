#include "util/ModuleLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>
#include <QStringList>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::ModuleLoader", text);
}

QStringList moduleDirs()
{
    const QString env = qEnvironmentVariable("CW_MODULE_DIR");
    if (!env.isEmpty())
        return {env};
    QStringList dirs;
    if (QCoreApplication::instance()) {
        const QString app = QCoreApplication::applicationDirPath();
        dirs << app << QDir::cleanPath(app + QStringLiteral("/../lib/clausewatch"));
    }
#ifdef CW_BUILD_MODULE_DIR
    dirs << QStringLiteral(CW_BUILD_MODULE_DIR);
#endif
    dirs.removeDuplicates();
    return dirs;
}

/// Loads `<module>.so` from the first folder that has it: a library that
/// exists but does not load is an error, not a reason to try the next folder,
/// so that a broken install is reported rather than hidden.
Result<QLibrary *> load(const QString &module)
{
    const QString file = module + QStringLiteral(".so");
    const QString op = tr("loading %1").arg(file);
    const QStringList dirs = moduleDirs();
    for (const QString &dir : dirs) {
        const QString path = QDir(dir).absoluteFilePath(file);
        if (!QFileInfo::exists(path))
            continue;
        auto *lib = new QLibrary(path); // deliberately never unloaded
        if (!lib->load()) {
            Error e = makeError(op, tr("the module does not load"), lib->errorString());
            delete lib;
            return e;
        }
        return lib;
    }
    return makeError(op,
                     tr("module not found (looked in %1); is Clausewatch fully installed?")
                         .arg(QDir::toNativeSeparators(dirs.join(QStringLiteral(", ")))));
}

} // namespace

Result<void *> ModuleLoader::entry(const QString &module, const char *entry)
{
    static QMutex mutex;
    static QHash<QString, Result<QLibrary *>> loaded; // module → library or why not
    QMutexLocker lock(&mutex);
    auto it = loaded.find(module);
    if (it == loaded.end())
        it = loaded.insert(module, load(module));
    if (!*it)
        return it->error();
    void *address = reinterpret_cast<void *>((**it)->resolve(entry));
    if (!address)
        return makeError(tr("loading %1.so").arg(module),
                         tr("the module has no entry %1").arg(QString::fromLatin1(entry)),
                         (**it)->errorString());
    return address;
}

} // namespace cw
