#include "extract/text/MarkdownExtractor.h"

#include "extract/html/HtmlExtractor.h"
#include "extract/text/BlockWriter.h"
#include "extract/text/TextNormalizer.h"

#include <QCoreApplication>
#include <climits>
#include <gumbo.h>
#include <md4c.h>
#include <vector>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::MarkdownExtractor", text);
}

bool isBlank(const QString &s)
{
    for (const QChar c : s)
        if (!c.isSpace())
            return false;
    return true;
}

// "&amp;", "&#8217;", "&#x2019;" → the character(s); the verbatim text when not an
// entity we can resolve. Named entities go through gumbo's complete HTML5 table.
QString decodeEntity(QByteArrayView entity)
{
    if (entity.size() >= 4 && entity[1] == '#') {
        const bool hex = entity[2] == 'x' || entity[2] == 'X';
        const QByteArrayView digits = entity.sliced(hex ? 3 : 2, entity.size() - (hex ? 4 : 3));
        bool ok = false;
        const uint cp = digits.toByteArray().toUInt(&ok, hex ? 16 : 10);
        if (!ok || cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return QString(QChar::ReplacementCharacter);
        const char32_t c = cp;
        return QString::fromUcs4(&c, 1);
    }
    static const struct
    {
        const char *name;
        char16_t ch;
    } kCommon[] = {{"&amp;", u'&'},     {"&lt;", u'<'},      {"&gt;", u'>'},
                   {"&quot;", u'"'},    {"&apos;", u'\''},   {"&nbsp;", 0xa0},
                   {"&copy;", 0xa9},    {"&reg;", 0xae},     {"&trade;", 0x2122},
                   {"&mdash;", 0x2014}, {"&ndash;", 0x2013}, {"&hellip;", 0x2026},
                   {"&lsquo;", 0x2018}, {"&rsquo;", 0x2019}, {"&ldquo;", 0x201c},
                   {"&rdquo;", 0x201d}, {"&sect;", 0xa7},    {"&shy;", 0xad}};
    for (const auto &e : kCommon)
        if (entity == e.name)
            return QString(QChar(e.ch));
    GumboOutput *out =
        gumbo_parse_with_options(&kGumboDefaultOptions, entity.data(), size_t(entity.size()));
    QString decoded;
    const GumboNode *body = nullptr;
    const GumboVector &rootChildren = out->root->v.element.children;
    for (unsigned i = 0; i < rootChildren.length; ++i) {
        const auto *c = static_cast<const GumboNode *>(rootChildren.data[i]);
        if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_BODY)
            body = c;
    }
    if (body && body->v.element.children.length == 1) {
        const auto *t = static_cast<const GumboNode *>(body->v.element.children.data[0]);
        if (t->type == GUMBO_NODE_TEXT)
            decoded = QString::fromUtf8(t->v.text.text);
    }
    gumbo_destroy_output(&kGumboDefaultOptions, out);
    return decoded.isEmpty() ? QString::fromUtf8(entity) : decoded;
}

bool isBreakTag(QByteArrayView html)
{
    QByteArray t = html.toByteArray().toLower();
    t.replace(' ', "");
    return t == "<br>" || t == "<br/>" || t == "</br>";
}

struct Capture
{
    enum class Kind { Heading, Item, Cell } kind;
    int level = 0;
    int depth = 0;
    QString marker;
    bool emitted = false;
};

struct ListContext
{
    bool ordered = false;
    unsigned next = 1;
    char delimiter = '.';
};

class Builder
{
public:
    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        static_cast<Builder *>(self)->enter(type, detail);
        return 0;
    }
    static int leaveBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        static_cast<Builder *>(self)->leave(type, detail);
        return 0;
    }
    static int enterSpan(MD_SPANTYPE type, void *, void *self)
    {
        if (type == MD_SPAN_IMG)
            ++static_cast<Builder *>(self)->m_imageDepth;
        return 0;
    }
    static int leaveSpan(MD_SPANTYPE type, void *, void *self)
    {
        if (type == MD_SPAN_IMG)
            --static_cast<Builder *>(self)->m_imageDepth;
        return 0;
    }
    static int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
    {
        static_cast<Builder *>(self)->text(type, QByteArrayView(text, qsizetype(size)));
        return 0;
    }

    MarkdownExtraction finish()
    {
        flushParagraph();
        MarkdownExtraction out;
        out.text = m_writer.finish();
        out.title = (m_firstH1.isEmpty() ? m_writer.firstHeading() : m_firstH1)
                        .normalized(QString::NormalizationForm_C);
        return out;
    }

private:
    bool capturing() const { return !m_captures.empty(); }
    bool structuralListAllowed() const
    {
        return m_captures.empty() || m_captures.back().kind == Capture::Kind::Item;
    }

    void flushParagraph()
    {
        if (!m_inline.isEmpty()) {
            if (!isBlank(m_inline))
                m_writer.paragraph(m_inline);
            m_inline.truncate(0);
        }
    }

    void boundary()
    {
        if (capturing()) {
            if (!m_inline.isEmpty() && !m_inline.back().isSpace())
                m_inline.append(u' ');
        } else {
            flushParagraph();
        }
    }

    void emitItem(Capture &item)
    {
        const QString text = TextNormalizer::normalizeInline(m_inline);
        m_inline.truncate(0);
        if (text.isEmpty())
            return;
        const bool own = TextNormalizer::startsWithListMarker(text);
        m_writer.listItem(item.depth, own ? QString() : item.marker, text);
        item.emitted = true;
    }

    void lineBreak()
    {
        if (capturing())
            boundary();
        else
            flushParagraph();
    }

    void enter(MD_BLOCKTYPE type, void *detail)
    {
        m_structural.push_back(true);
        switch (type) {
        case MD_BLOCK_DOC:
            return;
        case MD_BLOCK_H: {
            if (capturing()) {
                boundary();
                m_structural.back() = false;
                return;
            }
            flushParagraph();
            const int level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            m_captures.push_back({Capture::Kind::Heading, level, 0, {}, false});
            return;
        }
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: {
            if (!structuralListAllowed()) {
                boundary();
                m_structural.back() = false;
                return;
            }
            if (!capturing())
                flushParagraph();
            else if (!m_captures.back().emitted || !isBlank(m_inline))
                emitItem(m_captures.back());
            ListContext list;
            if (type == MD_BLOCK_OL) {
                const auto *d = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
                list.ordered = true;
                list.next = d->start;
                list.delimiter = d->mark_delimiter;
            }
            m_lists.push_back(list);
            return;
        }
        case MD_BLOCK_LI: {
            if (!structuralListAllowed()) {
                boundary();
                m_structural.back() = false;
                return;
            }
            if (!capturing())
                flushParagraph();
            else if (!isBlank(m_inline))
                emitItem(m_captures.back());
            m_inline.truncate(0);
            Capture item{Capture::Kind::Item, 0, 0, QStringLiteral("-"), false};
            if (!m_lists.empty()) {
                ListContext &list = m_lists.back();
                if (list.ordered)
                    item.marker = QString::number(list.next++) + QLatin1Char(list.delimiter);
                item.depth = int(m_lists.size()) - 1;
            }
            m_captures.push_back(std::move(item));
            return;
        }
        case MD_BLOCK_TABLE:
            if (capturing()) {
                boundary();
                m_structural.back() = false;
                return;
            }
            flushParagraph();
            ++m_tableDepth;
            return;
        case MD_BLOCK_TR:
            if (capturing() || m_tableDepth == 0) {
                boundary();
                m_structural.back() = false;
                return;
            }
            m_row.clear();
            return;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (capturing() || m_tableDepth == 0) {
                boundary();
                m_structural.back() = false;
                return;
            }
            m_captures.push_back({Capture::Kind::Cell, 0, 0, {}, false});
            return;
        case MD_BLOCK_CODE:
            boundary();
            ++m_codeDepth;
            return;
        case MD_BLOCK_HTML:
            boundary();
            m_html.clear();
            m_inHtmlBlock = true;
            return;
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_HR:
        case MD_BLOCK_P:
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
            boundary();
            return;
        }
    }

    void leave(MD_BLOCKTYPE type, void *)
    {
        const bool structural = m_structural.back();
        m_structural.pop_back();
        if (!structural) {
            boundary();
            return;
        }
        switch (type) {
        case MD_BLOCK_DOC:
            return;
        case MD_BLOCK_H: {
            const int level = m_captures.back().level;
            m_captures.pop_back();
            const QString text = TextNormalizer::normalizeInline(m_inline);
            m_inline.truncate(0);
            m_writer.heading(level, text);
            if (level == 1 && m_firstH1.isEmpty())
                m_firstH1 = text;
            return;
        }
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            if (!capturing())
                flushParagraph();
            m_lists.pop_back();
            if (m_lists.empty())
                m_writer.endGroup();
            return;
        case MD_BLOCK_LI: {
            Capture &item = m_captures.back();
            if (!item.emitted || !isBlank(m_inline))
                emitItem(item);
            m_inline.truncate(0);
            m_captures.pop_back();
            return;
        }
        case MD_BLOCK_TABLE:
            flushParagraph();
            m_writer.endGroup();
            --m_tableDepth;
            return;
        case MD_BLOCK_TR:
            m_writer.tableRow(m_row);
            m_row.clear();
            return;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            m_row.push_back(m_inline);
            m_inline.truncate(0);
            m_captures.pop_back();
            return;
        case MD_BLOCK_CODE:
            --m_codeDepth;
            boundary();
            return;
        case MD_BLOCK_HTML: {
            m_inHtmlBlock = false;
            auto html = HtmlExtractor::extract(m_html);
            m_html.clear();
            if (!html || html->text.isEmpty())
                return;
            if (capturing()) {
                m_inline.append(u' ');
                m_inline.append(html->text);
                m_inline.append(u' ');
            } else {
                flushParagraph();
                m_writer.appendCanonical(html->text);
            }
            return;
        }
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_HR:
        case MD_BLOCK_P:
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
            boundary();
            return;
        }
    }

    void text(MD_TEXTTYPE type, QByteArrayView bytes)
    {
        if (m_inHtmlBlock) {
            m_html.append(bytes);
            return;
        }
        if (m_imageDepth > 0)
            return; // image alt text is not part of the document's wording
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_LATEXMATH:
            m_inline.append(QString::fromUtf8(bytes));
            return;
        case MD_TEXT_NULLCHAR:
            m_inline.append(QChar::ReplacementCharacter);
            return;
        case MD_TEXT_BR:
            lineBreak();
            return;
        case MD_TEXT_SOFTBR:
            m_inline.append(u' ');
            return;
        case MD_TEXT_ENTITY:
            m_inline.append(decodeEntity(bytes));
            return;
        case MD_TEXT_CODE:
            if (m_codeDepth > 0 && !capturing()) {
                // A code block: one block per line, as <pre> in HTML.
                const QString t = QString::fromUtf8(bytes);
                qsizetype start = 0;
                for (;;) {
                    const qsizetype nl = t.indexOf(u'\n', start);
                    m_inline.append(QStringView(t).mid(start, nl < 0 ? -1 : nl - start));
                    if (nl < 0)
                        break;
                    flushParagraph();
                    start = nl + 1;
                }
            } else {
                m_inline.append(QString::fromUtf8(bytes));
            }
            return;
        case MD_TEXT_HTML:
            if (isBreakTag(bytes))
                lineBreak();
            return;
        }
    }

    BlockWriter m_writer;
    QString m_inline; ///< emptied with truncate(0), which keeps its buffer (clear() frees it)
    std::vector<Capture> m_captures;
    std::vector<ListContext> m_lists;
    std::vector<bool> m_structural; ///< per open md4c block: handled structurally?
    QList<QString> m_row;
    int m_tableDepth = 0;
    int m_codeDepth = 0;
    int m_imageDepth = 0;
    bool m_inHtmlBlock = false;
    QByteArray m_html;
    QString m_firstH1;
};

} // namespace

Result<MarkdownExtraction> MarkdownExtractor::extract(const QByteArray &utf8)
{
    if (utf8.size() > qsizetype(UINT_MAX))
        return makeError(tr("reading Markdown"), tr("the document is too large"));
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
    parser.enter_block = &Builder::enterBlock;
    parser.leave_block = &Builder::leaveBlock;
    parser.enter_span = &Builder::enterSpan;
    parser.leave_span = &Builder::leaveSpan;
    parser.text = &Builder::onText;
    Builder builder;
    const int rc = md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &builder);
    if (rc != 0)
        return makeError(tr("reading Markdown"), tr("the Markdown parser failed (out of memory?)"));
    return builder.finish();
}

} // namespace cw
