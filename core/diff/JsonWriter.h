#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

namespace cw {

/// Appends compact JSON to a byte array, for outputs too large to build as a
/// QJsonObject tree first (the CLI's `diff --json` on big documents). The
/// caller writes the punctuation between members with raw(); the writer only
/// escapes strings (UTF-8, \uXXXX for control characters, lone surrogates as
/// U+FFFD) and formats numbers.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    JsonWriter &raw(const char *s)
    {
        m_out.append(s);
        return *this;
    }
    JsonWriter &raw(char c)
    {
        m_out.append(c);
        return *this;
    }
    /// `"name":`
    JsonWriter &key(const char *name);
    JsonWriter &number(qint64 v);
    /// Rounded to three decimals, integers without a fraction.
    JsonWriter &real(double v);
    JsonWriter &boolean(bool v) { return raw(v ? "true" : "false"); }
    JsonWriter &string(QStringView s);
    JsonWriter &strings(const QStringList &list);
    /// [start,length]
    JsonWriter &range(qsizetype start, qsizetype length);

private:
    QByteArray &m_out;
};

} // namespace cw
