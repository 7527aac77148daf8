#pragma once

struct GumboInternalNode;

namespace cw {

/// Decides which elements of a page are not part of the document's text: page
/// chrome (scripts, styles, navigation, site header and footer, forms), hidden
/// elements and cookie/consent banners.
///
/// The heuristics are tuned against false positives, because dropping a part of
/// the terms silently is worse than keeping a stray line:
/// - <header>/<footer> (and role=banner/contentinfo) are dropped only outside
///   <article>/<main>/<section>; a <header> holding an <h1> is kept;
/// - a <form> is dropped unless it holds a heading, <main>/<article> or more than
///   2,000 characters of text (ASP.NET pages wrap the whole page in one form);
/// - hidden elements (hidden, aria-hidden="true", inline display:none or
///   visibility:hidden, a closed <dialog>, screen-reader-only classes) are dropped
///   unless they hold a heading and more than 500 characters: that is a collapsed
///   section of the document, not a hidden widget;
/// - consent banners are recognised by the ids/classes of the common consent
///   platforms (OneTrust, Cookiebot, Didomi, Usercentrics, TrustArc, Quantcast, …)
///   regardless of size, and by generic names that pair a consent word (cookie,
///   consent, gdpr, ccpa) with a widget word (banner, notice, popup, modal, bar,
///   dialog, …) or by a dialog role whose aria-label speaks of cookies/consent —
///   those only when under 3,000 characters of text, never on a heading,
///   paragraph, list item, list, table, <article> or <main>, and inside <main>/
///   <article> only when they are dialogs or hold controls (buttons, inputs): a
///   privacy policy's own "Cookie notice" section has to survive.
class HtmlBoilerplate
{
public:
    enum class Reason { Keep, Chrome, Navigation, Hidden, Consent, Form };

    /// Why `element` (a gumbo element node) should be dropped with its subtree, or
    /// Keep. Pure; looks at the element's attributes, its ancestors and a bounded
    /// part of its subtree.
    static Reason dropReason(const GumboInternalNode *element);

    /// Characters of text in the subtree of `node` (scripts and styles excluded),
    /// counted up to just past `limit` (the scan stops there). Iterative.
    static long long textLengthUpTo(const GumboInternalNode *node, long long limit);
};

} // namespace cw
