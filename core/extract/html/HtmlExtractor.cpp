#include "extract/html/HtmlExtractor.h"

#include "extract/html/CssSelector.h"
#include "extract/html/HtmlBoilerplate.h"
#include "extract/html/HtmlDepthLimiter.h"
#include "extract/text/BlockWriter.h"
#include "extract/text/TextNormalizer.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <gumbo.h>
#include <memory>
#include <vector>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::HtmlExtractor", text);
}

constexpr long long kLayoutCellText = 3000;

const char *attr(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : nullptr;
}

bool isBlank(const QString &s)
{
    for (const QChar c : s)
        if (!c.isSpace())
            return false;
    return true;
}

int headingLevel(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_H1:
        return 1;
    case GUMBO_TAG_H2:
        return 2;
    case GUMBO_TAG_H3:
        return 3;
    case GUMBO_TAG_H4:
        return 4;
    case GUMBO_TAG_H5:
        return 5;
    case GUMBO_TAG_H6:
        return 6;
    default:
        return 0;
    }
}

bool isBlockTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_P:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_NOFRAMES:
        return true;
    default:
        return false;
    }
}

QString alphaMarker(int n, bool upper)
{
    QString s;
    while (n > 0) {
        --n;
        s.prepend(QChar((upper ? u'A' : u'a') + n % 26));
        n /= 26;
    }
    return s;
}

QString romanMarker(int n, bool upper)
{
    static const struct
    {
        int value;
        const char *lower;
    } kTable[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                  {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                  {5, "v"},    {4, "iv"},   {1, "i"}};
    QString s;
    for (const auto &e : kTable)
        while (n >= e.value) {
            s += QLatin1String(e.lower);
            n -= e.value;
        }
    return upper ? s.toUpper() : s;
}

struct ListContext
{
    bool ordered = false;
    char type = '1';
    int next = 1;
    int step = 1;

    QString marker(int n) const
    {
        if (!ordered)
            return QStringLiteral("-");
        if (n > 0 && n < 4000 && (type == 'i' || type == 'I'))
            return romanMarker(n, type == 'I') + u'.';
        if (n > 0 && (type == 'a' || type == 'A'))
            return alphaMarker(n, type == 'A') + u'.';
        return QString::number(n) + u'.';
    }
};

struct Capture
{
    enum class Kind { Heading, Item, Cell } kind;
    int level = 0;  ///< heading level
    int depth = 0;  ///< list depth
    QString marker; ///< list marker
    bool emitted = false;
    unsigned serial = 0; ///< identifies the element that opened it
};

enum class Close : unsigned char {
    None,
    Block,
    Heading,
    List,
    Item,
    DataTable,
    LayoutTable,
    Row,
    Cell,
    Pre
};

struct Frame
{
    const GumboNode *node;
    unsigned next;
    Close close;
    unsigned serial; ///< Heading: the serial of its Capture
};

// Owns gumbo's output.
struct GumboDeleter
{
    void operator()(GumboOutput *o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

class Walker
{
public:
    Walker(const CssSelector &remove) : m_remove(remove) {}

    /// Walks the subtree of `root`; `root` itself is never dropped by the
    /// boilerplate rules (it is the page, or what the user selected).
    void walkRoot(const GumboNode *root)
    {
        std::vector<Frame> stack;
        visit(root, stack, /*checkDrop=*/false);
        while (!stack.empty()) {
            Frame &f = stack.back();
            const GumboVector &children = f.node->type == GUMBO_NODE_DOCUMENT
                                              ? f.node->v.document.children
                                              : f.node->v.element.children;
            if (f.next < children.length) {
                const auto *child = static_cast<const GumboNode *>(children.data[f.next++]);
                visit(child, stack, true);
            } else {
                const Frame done = f;
                stack.pop_back();
                leave(done);
            }
        }
        flushParagraph();
        m_writer.endGroup();
    }

    QString finish() const { return m_writer.finish(); }
    const QString &firstH1() const { return m_firstH1; }

private:
    const Capture *innermost() const { return m_captures.empty() ? nullptr : &m_captures.back(); }
    bool capturing() const { return !m_captures.empty(); }
    bool structuralListAllowed() const
    {
        return m_captures.empty() || m_captures.back().kind == Capture::Kind::Item;
    }

    void visit(const GumboNode *node, std::vector<Frame> &stack, bool checkDrop)
    {
        switch (node->type) {
        case GUMBO_NODE_DOCUMENT:
            stack.push_back({node, 0, Close::None, 0});
            return;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
            text(node->v.text.text);
            return;
        case GUMBO_NODE_WHITESPACE:
            if (m_preDepth > 0)
                text(node->v.text.text);
            else
                m_inline.append(u' ');
            return;
        case GUMBO_NODE_COMMENT:
        case GUMBO_NODE_TEMPLATE:
            return;
        case GUMBO_NODE_ELEMENT:
            break;
        }
        if (checkDrop && HtmlBoilerplate::dropReason(node) != HtmlBoilerplate::Reason::Keep)
            return;
        if (!m_remove.isEmpty() && m_remove.matches(node))
            return;
        const Close close = enter(node);
        if (close != Close::None || node->v.element.children.length > 0)
            stack.push_back({node, 0, close, close == Close::Heading ? m_serial : 0});
    }

    void text(const char *utf8)
    {
        const QString t = QString::fromUtf8(utf8);
        if (m_preDepth == 0 || capturing()) {
            m_inline.append(t);
            return;
        }
        // Preformatted text outside a list item/heading/cell: each line a block.
        qsizetype start = 0;
        for (;;) {
            const qsizetype nl = t.indexOf(u'\n', start);
            m_inline.append(QStringView(t).mid(start, nl < 0 ? -1 : nl - start));
            if (nl < 0)
                break;
            flushParagraph();
            start = nl + 1;
        }
    }

    void flushParagraph()
    {
        if (!m_inline.isEmpty()) {
            if (!isBlank(m_inline))
                m_writer.paragraph(m_inline);
            m_inline.clear();
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

    // Emits the text gathered so far for the innermost list item (before a nested
    // list starts, or as a continuation line after one).
    void emitItem(Capture &item)
    {
        const QString text = TextNormalizer::normalizeInline(m_inline);
        m_inline.clear();
        if (text.isEmpty())
            return;
        const bool ownMarker = TextNormalizer::startsWithListMarker(text);
        m_writer.listItem(item.depth, ownMarker ? QString() : item.marker, text);
        item.emitted = true;
    }

    Close enter(const GumboNode *node)
    {
        const GumboTag tag = node->v.element.tag;
        int level = headingLevel(tag);
        if (const char *role = attr(node, "role"); role && std::strcmp(role, "heading") == 0) {
            const char *aria = attr(node, "aria-level");
            level = aria ? std::atoi(aria) : 2;
            if (level < 1 || level > 6)
                level = 2;
        }
        // An unclosed heading ("<h1>Title<p>Text…") swallows the blocks after it
        // in the HTML tree; a block start after some heading text ends it here.
        if (!m_captures.empty() && m_captures.back().kind == Capture::Kind::Heading &&
            (level > 0 || isBlockTag(tag)) && !isBlank(m_inline))
            endHeading();
        if (level > 0) {
            if (capturing()) {
                boundary();
                return Close::Block;
            }
            flushParagraph();
            m_captures.push_back({Capture::Kind::Heading, level, 0, {}, false, ++m_serial});
            return Close::Heading;
        }

        switch (tag) {
        case GUMBO_TAG_BR:
            if (capturing())
                boundary();
            else
                flushParagraph();
            return Close::None;
        case GUMBO_TAG_IMG:
        case GUMBO_TAG_WBR:
            return Close::None;
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_MENU:
        case GUMBO_TAG_DIR:
            return openList(node, tag == GUMBO_TAG_OL);
        case GUMBO_TAG_LI:
            return openItem(node);
        case GUMBO_TAG_TABLE:
            return openTable(node);
        case GUMBO_TAG_TR:
            if (!capturing() && !m_tables.empty() && m_tables.back() && !m_inRow) {
                flushParagraph();
                m_row.clear();
                m_inRow = true;
                return Close::Row;
            }
            boundary();
            return Close::Block;
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
            if (!capturing() && m_inRow) {
                flushParagraph();
                m_captures.push_back({Capture::Kind::Cell, 0, 0, {}, false, 0});
                return Close::Cell;
            }
            boundary();
            return Close::Block;
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_LISTING:
        case GUMBO_TAG_XMP:
        case GUMBO_TAG_PLAINTEXT:
            boundary();
            ++m_preDepth;
            return Close::Pre;
        default:
            break;
        }
        if (isBlockTag(tag)) {
            boundary();
            return Close::Block;
        }
        return Close::None;
    }

    void endHeading()
    {
        const int level = m_captures.back().level;
        m_captures.pop_back();
        const QString text = TextNormalizer::normalizeInline(m_inline);
        m_inline.clear();
        m_writer.heading(level, text);
        if (level == 1 && m_firstH1.isEmpty())
            m_firstH1 = text;
    }

    Close openList(const GumboNode *node, bool ordered)
    {
        if (!structuralListAllowed()) {
            boundary();
            return Close::Block;
        }
        if (!capturing()) {
            flushParagraph();
        } else if (!m_captures.back().emitted || !isBlank(m_inline)) {
            emitItem(m_captures.back());
        }
        ListContext list;
        list.ordered = ordered;
        if (ordered) {
            if (const char *type = attr(node, "type"); type && *type)
                list.type = *type;
            const bool reversed = attr(node, "reversed") != nullptr;
            if (reversed) {
                list.step = -1;
                int items = 0;
                const GumboVector &children = node->v.element.children;
                for (unsigned i = 0; i < children.length; ++i) {
                    const auto *c = static_cast<const GumboNode *>(children.data[i]);
                    if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_LI)
                        ++items;
                }
                list.next = items;
            }
            if (const char *start = attr(node, "start"))
                list.next = std::atoi(start);
        }
        m_lists.push_back(list);
        return Close::List;
    }

    Close openItem(const GumboNode *node)
    {
        if (!structuralListAllowed()) {
            boundary();
            return Close::Block;
        }
        if (!capturing())
            flushParagraph();
        else if (!isBlank(m_inline))
            emitItem(m_captures.back()); // stray text of the enclosing item
        m_inline.clear();
        Capture item{Capture::Kind::Item, 0, 0, QStringLiteral("-"), false, 0};
        if (!m_lists.empty()) {
            ListContext &list = m_lists.back();
            if (const char *value = attr(node, "value"); value && list.ordered)
                list.next = std::atoi(value);
            item.marker = list.marker(list.next);
            list.next += list.step;
            item.depth = int(m_lists.size()) - 1;
        }
        m_captures.push_back(std::move(item));
        return Close::Item;
    }

    Close openTable(const GumboNode *node)
    {
        if (capturing()) {
            boundary();
            return Close::Block;
        }
        flushParagraph();
        const bool data = isDataTable(node);
        m_tables.push_back(data);
        return data ? Close::DataTable : Close::LayoutTable;
    }

    // Layout tables (one column, or holding headings, tables or long text) are
    // read as blocks; everything else as a data table.
    static bool isDataTable(const GumboNode *table)
    {
        int maxCells = 0;
        std::vector<std::pair<const GumboNode *, unsigned>> stack{{table, 0u}};
        while (!stack.empty()) {
            auto &[n, next] = stack.back();
            const GumboVector &children = n->v.element.children;
            if (next >= children.length) {
                stack.pop_back();
                continue;
            }
            const auto *c = static_cast<const GumboNode *>(children.data[next++]);
            if (c->type != GUMBO_NODE_ELEMENT)
                continue;
            const GumboTag t = c->v.element.tag;
            if (t == GUMBO_TAG_TABLE || headingLevel(t) > 0)
                return false;
            if (t == GUMBO_TAG_TR) {
                int cells = 0;
                const GumboVector &rc = c->v.element.children;
                for (unsigned i = 0; i < rc.length; ++i) {
                    const auto *cell = static_cast<const GumboNode *>(rc.data[i]);
                    if (cell->type == GUMBO_NODE_ELEMENT && (cell->v.element.tag == GUMBO_TAG_TD ||
                                                             cell->v.element.tag == GUMBO_TAG_TH)) {
                        ++cells;
                        if (HtmlBoilerplate::textLengthUpTo(cell, kLayoutCellText) >
                            kLayoutCellText)
                            return false;
                    }
                }
                maxCells = std::max(maxCells, cells);
            }
            stack.emplace_back(c, 0u);
        }
        return maxCells > 1;
    }

    void leave(const Frame &f)
    {
        switch (f.close) {
        case Close::None:
            return;
        case Close::Block:
            boundary();
            return;
        case Close::Pre:
            --m_preDepth;
            boundary();
            return;
        case Close::Heading:
            if (!m_captures.empty() && m_captures.back().kind == Capture::Kind::Heading &&
                m_captures.back().serial == f.serial)
                endHeading();
            else
                boundary(); // ended early by a block inside it
            return;
        case Close::List:
            if (!capturing())
                flushParagraph();
            m_lists.pop_back();
            if (m_lists.empty())
                m_writer.endGroup();
            return;
        case Close::Item: {
            Capture &item = m_captures.back();
            if (!item.emitted || !isBlank(m_inline))
                emitItem(item);
            m_inline.clear();
            m_captures.pop_back();
            return;
        }
        case Close::Cell:
            m_row.push_back(m_inline);
            m_inline.clear();
            m_captures.pop_back();
            return;
        case Close::Row:
            flushParagraph();
            m_writer.tableRow(m_row);
            m_row.clear();
            m_inRow = false;
            return;
        case Close::DataTable:
            flushParagraph();
            m_writer.endGroup();
            m_tables.pop_back();
            return;
        case Close::LayoutTable:
            flushParagraph();
            m_tables.pop_back();
            return;
        }
    }

    const CssSelector &m_remove;
    BlockWriter m_writer;
    QString m_inline;
    std::vector<Capture> m_captures;
    std::vector<ListContext> m_lists;
    std::vector<bool> m_tables; ///< true: data table
    QList<QString> m_row;
    bool m_inRow = false;
    int m_preDepth = 0;
    unsigned m_serial = 0;
    QString m_firstH1;
};

const GumboNode *findChild(const GumboNode *parent, GumboTag tag)
{
    const GumboVector &children = parent->type == GUMBO_NODE_DOCUMENT ? parent->v.document.children
                                                                      : parent->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *c = static_cast<const GumboNode *>(children.data[i]);
        if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == tag)
            return c;
    }
    return nullptr;
}

QString titleOf(const GumboOutput *output)
{
    const GumboNode *head = findChild(output->root, GUMBO_TAG_HEAD);
    const GumboNode *title = head ? findChild(head, GUMBO_TAG_TITLE) : nullptr;
    if (!title)
        return {};
    QString text;
    const GumboVector &children = title->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *c = static_cast<const GumboNode *>(children.data[i]);
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE)
            text += QString::fromUtf8(c->v.text.text);
    }
    return TextNormalizer::normalizeInline(text).normalized(QString::NormalizationForm_C);
}

// Elements matching `select`, outermost only, in document order.
std::vector<const GumboNode *> selectRoots(const GumboNode *root, const CssSelector &select)
{
    std::vector<const GumboNode *> roots;
    std::vector<std::pair<const GumboNode *, unsigned>> stack{{root, 0u}};
    while (!stack.empty()) {
        auto &[n, next] = stack.back();
        const GumboVector &children = n->v.element.children;
        if (next >= children.length) {
            stack.pop_back();
            continue;
        }
        const auto *c = static_cast<const GumboNode *>(children.data[next++]);
        if (c->type != GUMBO_NODE_ELEMENT)
            continue;
        if (select.matches(c))
            roots.push_back(c);
        else
            stack.emplace_back(c, 0u);
    }
    return roots;
}

} // namespace

Result<HtmlExtraction> HtmlExtractor::extract(const QByteArray &utf8Html,
                                              const HtmlExtractOptions &options)
{
    auto select = CssSelector::parse(options.selectCss);
    if (!select)
        return select.error();
    auto remove = CssSelector::parse(options.removeCss);
    if (!remove)
        return remove.error();

    HtmlExtraction out;
    const QByteArray bounded =
        HtmlDepthLimiter::limit(utf8Html, HtmlDepthLimiter::DefaultMaxDepth, &out.droppedDeepTags);
    GumboOptions gumboOptions = kGumboDefaultOptions;
    gumboOptions.max_errors = 0; // we never read parse errors; do not collect them
    std::unique_ptr<GumboOutput, GumboDeleter> output(
        gumbo_parse_with_options(&gumboOptions, bounded.constData(), size_t(bounded.size())));
    if (!output)
        return makeError(tr("reading HTML"), tr("the HTML parser failed"));

    Walker walker(*remove);
    if (select->isEmpty()) {
        walker.walkRoot(output->root);
    } else {
        const auto roots = selectRoots(output->root, *select);
        if (roots.empty())
            return makeError(
                tr("extracting the page"),
                tr("the selector \"%1\" matched nothing on the page").arg(options.selectCss));
        for (const GumboNode *root : roots)
            if (!remove->matches(root))
                walker.walkRoot(root);
    }
    out.text = walker.finish();
    out.title = titleOf(output.get());
    if (out.title.isEmpty())
        out.title = walker.firstH1().normalized(QString::NormalizationForm_C);
    return out;
}

} // namespace cw
