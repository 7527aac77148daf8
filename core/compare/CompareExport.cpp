#include "compare/CompareExport.h"

#include "compare/DocumentFamily.h"

#include <QRegularExpression>
#include <QStringList>

namespace cw {

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void csvLine(QByteArray &out, const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << csvField(f);
    out += quoted.join(QLatin1Char(',')).toUtf8();
    out += "\r\n";
}

QByteArray csvStart()
{
    return QByteArray("\xEF\xBB\xBF");
}

QJsonValue severityJson(const std::optional<Severity> &s)
{
    return s ? QJsonValue(severityKey(*s)) : QJsonValue(QJsonValue::Null);
}

QJsonObject filterJson(const MatrixFilter &f)
{
    return QJsonObject{
        {QStringLiteral("category"), f.category},
        {QStringLiteral("regulation"), f.regulation},
        {QStringLiteral("platform_group"), f.platformGroup},
        {QStringLiteral("review"), reviewFilterKey(f.review)},
        {QStringLiteral("sort"), f.sortByRisk ? QStringLiteral("risk") : QStringLiteral("name")}};
}

QJsonObject platformJson(const MatrixPlatform &p)
{
    QJsonArray families;
    for (DocumentFamily f : {DocumentFamily::Terms, DocumentFamily::Privacy})
        if (p.archivedFamilies & DocumentFamilies::bit(f))
            families.append(DocumentFamilies::key(f));
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("group"), p.group},
                       {QStringLiteral("archived_families"), families}};
}

QJsonObject typeJson(const MatrixType &t)
{
    return QJsonObject{{QStringLiteral("key"), t.key},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("category"), t.category},
                       {QStringLiteral("category_name"), t.categoryName},
                       {QStringLiteral("default_severity"), severityKey(t.defaultSeverity)},
                       {QStringLiteral("regulations"), QJsonArray::fromStringList(t.regulations)}};
}

QJsonObject cellJson(const MatrixCell &c)
{
    QJsonObject o{{QStringLiteral("state"), cellStateKey(c.state)}};
    if (c.state == CellState::Present) {
        o.insert(QStringLiteral("severity"), severityKey(*c.severity));
        o.insert(QStringLiteral("count"), c.count);
        o.insert(QStringLiteral("unreviewed"), c.unreviewed);
        o.insert(QStringLiteral("reviewed"), c.reviewed());
    }
    return o;
}

QString atText(const QString &at)
{
    return at.isEmpty() ? QStringLiteral("now") : at;
}

QString severityWord(const std::optional<Severity> &s)
{
    if (!s)
        return {};
    QString w = severityKey(*s);
    w[0] = w[0].toUpper();
    return w;
}

} // namespace

QString CompareExport::cellText(const MatrixCell &cell)
{
    switch (cell.state) {
    case CellState::NotFound:
        return QStringLiteral("not found");
    case CellState::NotArchived:
        return QStringLiteral("not archived");
    case CellState::Present:
        break;
    }
    return cell.unreviewed > 0
               ? QStringLiteral("%1 (%2, unreviewed)")
                     .arg(severityWord(cell.severity))
                     .arg(cell.count)
               : QStringLiteral("%1 (%2)").arg(severityWord(cell.severity)).arg(cell.count);
}

QByteArray CompareExport::matrixCsv(const ComparisonMatrix &m)
{
    QByteArray out = csvStart();
    QStringList header{QStringLiteral("Category"), QStringLiteral("Clause type key"),
                       QStringLiteral("Clause type")};
    for (const MatrixColumn &c : m.columns)
        header << c.platform.name;
    csvLine(out, header);
    for (int r = 0; r < m.rows.size(); ++r) {
        const MatrixType &t = m.rows.at(r);
        QStringList line{t.categoryName.isEmpty() ? t.category : t.categoryName, t.key, t.name};
        for (int c = 0; c < m.columns.size(); ++c)
            line << cellText(m.cell(r, c));
        csvLine(out, line);
    }
    return out;
}

QJsonObject CompareExport::matrixJson(const ComparisonMatrix &m, const QString &generatedAt)
{
    QJsonArray platforms;
    for (const MatrixColumn &c : m.columns) {
        QJsonObject p = platformJson(c.platform);
        p.insert(QStringLiteral("cells_by_severity"),
                 QJsonObject{{QStringLiteral("high"), c.highCells},
                             {QStringLiteral("medium"), c.mediumCells},
                             {QStringLiteral("low"), c.lowCells}});
        platforms.append(p);
    }
    QJsonArray types;
    for (const MatrixType &t : m.rows)
        types.append(typeJson(t));
    QJsonArray cells;
    for (int r = 0; r < m.rows.size(); ++r) {
        for (int c = 0; c < m.columns.size(); ++c) {
            QJsonObject o = cellJson(m.cell(r, c));
            o.insert(QStringLiteral("type"), m.rows.at(r).key);
            o.insert(QStringLiteral("platform"), m.columns.at(c).platform.name);
            o.insert(QStringLiteral("platform_id"), m.columns.at(c).platform.id);
            cells.append(o);
        }
    }
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("clausewatch.matrix")},
                       {QStringLiteral("at"), atText(m.at)},
                       {QStringLiteral("generated_at"), generatedAt},
                       {QStringLiteral("filter"), filterJson(m.filter)},
                       {QStringLiteral("platforms"), platforms},
                       {QStringLiteral("types"), types},
                       {QStringLiteral("cells"), cells}};
}

QJsonObject CompareExport::changesJson(const MatrixComparison &c, const QString &generatedAt)
{
    QJsonArray changes;
    for (const CellChange &ch : c.changes) {
        const int col = c.after.columnOf(ch.platformId);
        const int bcol = c.before.columnOf(ch.platformId);
        const QString platform = col >= 0    ? c.after.columns.at(col).platform.name
                                 : bcol >= 0 ? c.before.columns.at(bcol).platform.name
                                             : QString();
        changes.append(QJsonObject{{QStringLiteral("type"), ch.typeKey},
                                   {QStringLiteral("platform"), platform},
                                   {QStringLiteral("platform_id"), ch.platformId},
                                   {QStringLiteral("change"), cellChangeKey(ch.kind)},
                                   {QStringLiteral("severity_before"), severityJson(ch.before)},
                                   {QStringLiteral("severity_after"), severityJson(ch.after)},
                                   {QStringLiteral("count_before"), ch.countBefore},
                                   {QStringLiteral("count_after"), ch.countAfter}});
    }
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("clausewatch.matrix_changes")},
                       {QStringLiteral("from"), atText(c.before.at)},
                       {QStringLiteral("to"), atText(c.after.at)},
                       {QStringLiteral("generated_at"), generatedAt},
                       {QStringLiteral("filter"), filterJson(c.after.filter)},
                       {QStringLiteral("changes"), changes}};
}

QByteArray CompareExport::changesCsv(const MatrixComparison &c)
{
    QByteArray out = csvStart();
    csvLine(out,
            {QStringLiteral("From"), QStringLiteral("To"), QStringLiteral("Clause type key"),
             QStringLiteral("Clause type"), QStringLiteral("Platform"), QStringLiteral("Change"),
             QStringLiteral("Severity before"), QStringLiteral("Severity after"),
             QStringLiteral("Clauses before"), QStringLiteral("Clauses after")});
    for (const CellChange &ch : c.changes) {
        const int row = c.after.rowOf(ch.typeKey);
        const int brow = c.before.rowOf(ch.typeKey);
        const QString typeName = row >= 0    ? c.after.rows.at(row).name
                                 : brow >= 0 ? c.before.rows.at(brow).name
                                             : ch.typeKey;
        const int col = c.after.columnOf(ch.platformId);
        const int bcol = c.before.columnOf(ch.platformId);
        const QString platform = col >= 0    ? c.after.columns.at(col).platform.name
                                 : bcol >= 0 ? c.before.columns.at(bcol).platform.name
                                             : QString();
        csvLine(out, {atText(c.before.at), atText(c.after.at), ch.typeKey, typeName, platform,
                      cellChangeKey(ch.kind), severityWord(ch.before), severityWord(ch.after),
                      QString::number(ch.countBefore), QString::number(ch.countAfter)});
    }
    return out;
}

QByteArray CompareExport::typePageCsv(const ClauseTypePage &page)
{
    QByteArray out = csvStart();
    csvLine(out, {QStringLiteral("Row"), QStringLiteral("Clause type"), QStringLiteral("At"),
                  QStringLiteral("Platform"), QStringLiteral("State"), QStringLiteral("Document"),
                  QStringLiteral("Version"), QStringLiteral("Record"), QStringLiteral("Severity"),
                  QStringLiteral("Review"), QStringLiteral("Section"), QStringLiteral("Summary"),
                  QStringLiteral("Original text"), QStringLiteral("Date")});
    const QString typeName = page.type.type.name;
    for (const TypePlatformEntry &e : page.platforms) {
        if (e.clauses.isEmpty()) {
            csvLine(out, {QStringLiteral("platform"),
                          typeName,
                          atText(page.at),
                          e.platform.name,
                          cellStateKey(e.state),
                          {},
                          {},
                          {},
                          {},
                          {},
                          {},
                          {},
                          {},
                          {}});
            continue;
        }
        for (const TypeClause &c : e.clauses)
            csvLine(out, {QStringLiteral("clause"),
                          typeName,
                          atText(page.at),
                          e.platform.name,
                          cellStateKey(e.state),
                          c.termsType,
                          QString::number(c.versionNumber),
                          c.recordId,
                          severityWord(c.severity),
                          c.reviewed() ? QStringLiteral("reviewed") : QStringLiteral("unreviewed"),
                          c.headingPath.join(QStringLiteral(" > ")),
                          c.summary,
                          c.text,
                          {}});
    }
    for (const AdoptionEvent &ev : page.timeline)
        csvLine(out, {QStringLiteral("event"),
                      typeName,
                      atText(page.at),
                      ev.platform,
                      adoptionEventKey(ev.kind),
                      ev.termsType,
                      QString::number(ev.versionNumber),
                      {},
                      {},
                      {},
                      {},
                      {},
                      {},
                      ev.date});
    return out;
}

QJsonObject CompareExport::typePageJson(const ClauseTypePage &page, const QString &generatedAt)
{
    QJsonArray platforms;
    for (const TypePlatformEntry &e : page.platforms) {
        QJsonObject p = platformJson(e.platform);
        p.insert(QStringLiteral("state"), cellStateKey(e.state));
        p.insert(QStringLiteral("severity"), severityJson(e.severity));
        p.insert(QStringLiteral("reviewed"), e.reviewed());
        QJsonArray clauses;
        for (const TypeClause &c : e.clauses)
            clauses.append(QJsonObject{
                {QStringLiteral("record_id"), c.recordId},
                {QStringLiteral("document"), c.termsType},
                {QStringLiteral("document_id"), c.documentId},
                {QStringLiteral("version"), c.versionNumber},
                {QStringLiteral("version_id"), c.versionId},
                {QStringLiteral("clause_id"), c.clauseId},
                {QStringLiteral("heading_path"), QJsonArray::fromStringList(c.headingPath)},
                {QStringLiteral("severity"), severityKey(c.severity)},
                {QStringLiteral("status"), reviewStatusKey(c.status)},
                {QStringLiteral("changed_since_review"), c.changedSinceReview},
                {QStringLiteral("reviewed"), c.reviewed()},
                {QStringLiteral("summary"), c.summary},
                {QStringLiteral("text"), c.text}});
        p.insert(QStringLiteral("clauses"), clauses);
        platforms.append(p);
    }
    QJsonArray timeline;
    for (const AdoptionEvent &ev : page.timeline)
        timeline.append(QJsonObject{{QStringLiteral("date"), ev.date},
                                    {QStringLiteral("platform"), ev.platform},
                                    {QStringLiteral("platform_id"), ev.platformId},
                                    {QStringLiteral("document"), ev.termsType},
                                    {QStringLiteral("document_id"), ev.documentId},
                                    {QStringLiteral("version"), ev.versionNumber},
                                    {QStringLiteral("version_id"), ev.versionId},
                                    {QStringLiteral("event"), adoptionEventKey(ev.kind)},
                                    {QStringLiteral("clauses_before"), ev.clausesBefore},
                                    {QStringLiteral("clauses_after"), ev.clausesAfter}});
    QJsonObject type = typeJson(page.type.type);
    type.insert(QStringLiteral("description"), page.type.description);
    type.insert(QStringLiteral("why_it_matters"), page.type.whyItMatters);
    type.insert(QStringLiteral("consumer_impact"), page.type.consumerImpact);
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("clausewatch.clause_type")},
                       {QStringLiteral("at"), atText(page.at)},
                       {QStringLiteral("generated_at"), generatedAt},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("platforms"), platforms},
                       {QStringLiteral("timeline"), timeline}};
}

QJsonArray CompareExport::typeSummaryJson(const ClauseTypePage &page)
{
    QJsonArray out;
    for (const TypePlatformEntry &e : page.platforms) {
        if (e.state != CellState::Present)
            continue;
        QJsonArray ids;
        QStringList documents;
        for (const TypeClause &c : e.clauses) {
            ids.append(c.recordId);
            if (!documents.contains(c.termsType))
                documents << c.termsType;
        }
        out.append(
            QJsonObject{{QStringLiteral("platform"), e.platform.name},
                        {QStringLiteral("severity"), severityJson(e.severity)},
                        {QStringLiteral("count"), int(e.clauses.size())},
                        {QStringLiteral("reviewed"), e.reviewed()},
                        {QStringLiteral("record_ids"), ids},
                        {QStringLiteral("documents"), QJsonArray::fromStringList(documents)}});
    }
    return out;
}

QString CompareExport::suggestedFileName(const QString &subject, const QString &at,
                                         const QString &extension)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString s = subject.toLower();
    s.replace(unsafe, QStringLiteral("-"));
    QString a = atText(at);
    a.replace(unsafe, QStringLiteral("-"));
    return QStringLiteral("clausewatch-%1-%2.%3").arg(s, a, extension);
}

} // namespace cw
