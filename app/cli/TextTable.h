#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

namespace cw::cli {

/// A plain aligned table for terminal output; long cells are cut with "…".
class TextTable
{
public:
    explicit TextTable(QStringList header, int maxCell = 60)
        : m_header(std::move(header)), m_maxCell(maxCell)
    {
    }
    void add(QStringList row) { m_rows.append(std::move(row)); }

    void print(QTextStream &out) const
    {
        QList<int> widths(m_header.size(), 0);
        auto measure = [&](const QStringList &row) {
            for (int i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], int(std::min<qsizetype>(row[i].size(), m_maxCell)));
        };
        measure(m_header);
        for (const auto &r : m_rows)
            measure(r);
        auto line = [&](const QStringList &row) {
            QString s;
            for (int i = 0; i < row.size() && i < widths.size(); ++i) {
                QString cell = row[i];
                if (cell.size() > m_maxCell)
                    cell = cell.left(m_maxCell - 1) + QChar(0x2026);
                s += i + 1 < row.size() ? cell.leftJustified(widths[i] + 2) : cell;
            }
            out << s << '\n';
        };
        line(m_header);
        for (const auto &r : m_rows)
            line(r);
        out.flush();
    }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    int m_maxCell;
};

} // namespace cw::cli
