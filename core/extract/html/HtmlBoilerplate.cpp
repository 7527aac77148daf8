#include "extract/html/HtmlBoilerplate.h"

#include <gumbo.h>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cw {

namespace {

using namespace std::string_view_literals;

constexpr long long kFormSubstance = 2000;
constexpr long long kHiddenSectionText = 500;
constexpr long long kBannerMaxText = 3000;

const char *attr(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : nullptr;
}

std::string lowerCopy(const char *s)
{
    std::string out = s ? s : "";
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    return out;
}

bool containsAny(std::string_view hay, std::initializer_list<std::string_view> needles)
{
    for (std::string_view n : needles)
        if (hay.find(n) != std::string_view::npos)
            return true;
    return false;
}

bool isHeading(GumboTag t)
{
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
           t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

bool isElement(const GumboNode *n)
{
    return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

// Iterative search of the subtree for an element accepted by `pred`.
template <typename Pred> bool hasDescendant(const GumboNode *node, Pred pred)
{
    std::vector<std::pair<const GumboNode *, unsigned>> stack{{node, 0u}};
    while (!stack.empty()) {
        auto &[n, next] = stack.back();
        const GumboVector &children = n->v.element.children;
        if (next >= children.length) {
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[next++]);
        if (child->type != GUMBO_NODE_ELEMENT)
            continue;
        if (pred(child))
            return true;
        stack.emplace_back(child, 0u);
    }
    return false;
}

bool insideSectioning(const GumboNode *node)
{
    for (const GumboNode *p = node->parent; p && isElement(p); p = p->parent) {
        const GumboTag t = p->v.element.tag;
        if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_SECTION)
            return true;
        const char *role = attr(p, "role");
        if (role && (role == "main"sv || role == "article"sv))
            return true;
    }
    return false;
}

// gumbo 0.10 has no tag enum for some newer elements (<dialog>); compare the name.
bool isUnknownTag(const GumboNode *node, std::string_view name)
{
    if (node->v.element.tag != GUMBO_TAG_UNKNOWN)
        return false;
    GumboStringPiece piece = node->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    if (piece.length != name.size())
        return false;
    for (size_t i = 0; i < name.size(); ++i) {
        char c = piece.data[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
        if (c != name[i])
            return false;
    }
    return true;
}

bool insideContent(const GumboNode *node)
{
    for (const GumboNode *p = node->parent; p && isElement(p); p = p->parent) {
        const GumboTag t = p->v.element.tag;
        if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN)
            return true;
        const char *role = attr(p, "role");
        if (role && (role == "main"sv || role == "article"sv))
            return true;
    }
    return false;
}

// Buttons and similar controls: what a banner has and a policy section has not.
bool hasControls(const GumboNode *node)
{
    return hasDescendant(node, [](const GumboNode *n) {
        const GumboTag t = n->v.element.tag;
        if (t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_INPUT || t == GUMBO_TAG_SELECT)
            return true;
        const char *role = attr(n, "role");
        return role && (role == "button"sv || role == "switch"sv || role == "checkbox"sv);
    });
}

bool isHiddenByAttributes(const GumboNode *node)
{
    if (attr(node, "hidden"))
        return true;
    if (const char *ah = attr(node, "aria-hidden"); ah && lowerCopy(ah) == "true")
        return true;
    if (const char *style = attr(node, "style")) {
        std::string s;
        for (const char *c = style; *c; ++c)
            if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r')
                s.push_back((*c >= 'A' && *c <= 'Z') ? char(*c + 32) : *c);
        if (containsAny(s, {"display:none"sv, "visibility:hidden"sv}))
            return true;
    }
    if (isUnknownTag(node, "dialog"sv) && !attr(node, "open"))
        return true;
    return false;
}

bool hasScreenReaderOnlyClass(std::string_view cls)
{
    return containsAny(cls, {"sr-only"sv, "visually-hidden"sv, "visuallyhidden"sv,
                             "screen-reader-text"sv, "screenreader-only"sv, "a11y-hidden"sv,
                             "sr-text"sv});
}

// Consent platforms whose root elements are banners whatever their size.
bool isConsentPlatform(std::string_view idClass)
{
    return containsAny(idClass, {"onetrust"sv,
                                 "cookiebot"sv,
                                 "didomi"sv,
                                 "usercentrics"sv,
                                 "truste-"sv,
                                 "trustarc"sv,
                                 "qc-cmp"sv,
                                 "osano-cm"sv,
                                 "cookieyes"sv,
                                 "cky-consent"sv,
                                 "iubenda-cs"sv,
                                 "termly-code"sv,
                                 "cookie-law-info"sv,
                                 "cookielawinfo"sv,
                                 "cmplz-cookiebanner"sv,
                                 "borlabs-cookie"sv,
                                 "sp_message_container"sv,
                                 "cookiescript"sv,
                                 "cc-window"sv,
                                 "cc-banner"sv,
                                 "cookieconsent"sv,
                                 "moove_gdpr"sv,
                                 "fc-consent-root"sv,
                                 "cmpbox"sv,
                                 "cmpwrapper"sv,
                                 "axeptio"sv,
                                 "tarteaucitron"sv,
                                 "klaro"sv});
}

bool isGenericConsentName(std::string_view idClass)
{
    return containsAny(idClass, {"cookie"sv, "consent"sv, "gdpr"sv, "ccpa"sv}) &&
           containsAny(idClass,
                       {"banner"sv, "notice"sv, "popup"sv, "pop-up"sv, "modal"sv, "overlay"sv,
                        "dialog"sv, "prompt"sv, "wall"sv, "bar"sv, "notification"sv, "alert"sv,
                        "snackbar"sv, "toast"sv, "layer"sv, "disclaimer"sv, "message"sv});
}

bool mayBeBanner(GumboTag t)
{
    return !(isHeading(t) || t == GUMBO_TAG_P || t == GUMBO_TAG_LI || t == GUMBO_TAG_ARTICLE ||
             t == GUMBO_TAG_MAIN || t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML ||
             t == GUMBO_TAG_TABLE || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL);
}

bool keepsCollapsedSection(const GumboNode *node)
{
    return HtmlBoilerplate::textLengthUpTo(node, kHiddenSectionText) > kHiddenSectionText &&
           hasDescendant(node, [](const GumboNode *n) { return isHeading(n->v.element.tag); });
}

} // namespace

long long HtmlBoilerplate::textLengthUpTo(const GumboInternalNode *node, long long limit)
{
    long long total = 0;
    std::vector<std::pair<const GumboNode *, unsigned>> stack{{node, 0u}};
    while (!stack.empty() && total <= limit) {
        auto &[n, next] = stack.back();
        const GumboVector &children = n->v.element.children;
        if (next >= children.length) {
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[next++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
            total += static_cast<long long>(std::string_view(child->v.text.text).size());
        } else if (child->type == GUMBO_NODE_ELEMENT) {
            const GumboTag t = child->v.element.tag;
            if (t != GUMBO_TAG_SCRIPT && t != GUMBO_TAG_STYLE)
                stack.emplace_back(child, 0u);
        }
    }
    return total;
}

HtmlBoilerplate::Reason HtmlBoilerplate::dropReason(const GumboInternalNode *node)
{
    if (node->type == GUMBO_NODE_TEMPLATE)
        return Reason::Chrome;
    const GumboTag tag = node->v.element.tag;
    switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_BASE:
        return Reason::Chrome;
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
        return Reason::Navigation;
    default:
        break;
    }

    // The page itself and its main content are never a hidden widget or a banner,
    // whatever attributes a script left on them (aria-hidden while a modal is open).
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN)
        return Reason::Keep;

    const std::string role = lowerCopy(attr(node, "role"));
    const bool headerLike = tag == GUMBO_TAG_HEADER || role == "banner";
    const bool footerLike = tag == GUMBO_TAG_FOOTER || role == "contentinfo";
    if ((headerLike || footerLike) && !insideSectioning(node)) {
        const bool holdsTitle = headerLike && hasDescendant(node, [](const GumboNode *n) {
                                    return n->v.element.tag == GUMBO_TAG_H1;
                                });
        if (!holdsTitle)
            return Reason::Navigation;
    }
    if (role == "navigation" || role == "search" || role == "menu" || role == "menubar" ||
        role == "toolbar" || role == "complementary")
        return Reason::Navigation;

    if (tag == GUMBO_TAG_FORM) {
        const bool substantial =
            textLengthUpTo(node, kFormSubstance) > kFormSubstance ||
            hasDescendant(node, [](const GumboNode *n) {
                const GumboTag t = n->v.element.tag;
                return isHeading(t) || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_ARTICLE;
            });
        if (!substantial)
            return Reason::Form;
    }

    const std::string cls = lowerCopy(attr(node, "class"));
    if (isHiddenByAttributes(node) || hasScreenReaderOnlyClass(cls)) {
        if (!keepsCollapsedSection(node))
            return Reason::Hidden;
    }

    const std::string idClass = lowerCopy(attr(node, "id")) + ' ' + cls;
    if (idClass.size() > 1 && isConsentPlatform(idClass) && tag != GUMBO_TAG_BODY &&
        tag != GUMBO_TAG_HTML)
        return Reason::Consent;
    if (mayBeBanner(tag)) {
        const bool dialog = role == "dialog" || role == "alertdialog";
        bool candidate = idClass.size() > 1 && isGenericConsentName(idClass);
        if (!candidate && (dialog || role == "region")) {
            const std::string label = lowerCopy(attr(node, "aria-label"));
            candidate = containsAny(label, {"cookie"sv, "consent"sv}) ||
                        (dialog && containsAny(label, {"privacy"sv}));
        }
        // A named candidate inside the page's content without any control is a
        // section of the policy ("cookie notice"), not a banner.
        if (candidate && textLengthUpTo(node, kBannerMaxText) <= kBannerMaxText &&
            (dialog || !insideContent(node) || hasControls(node)))
            return Reason::Consent;
    }
    return Reason::Keep;
}

} // namespace cw
