//! The route table: every page of the guide, declared once. Its address, the wasm chunk that
//! draws it, its label in the site navigation, its title, and whether another site may open the
//! guide at it (embed's start pages) all come from here; the app's parser and links
//! ([`Route`](crate::route::Route)), header, chunk loading and embed page, and the build's
//! navigation in `index.html`, read this table and nothing else.
//!
//! To add a page: a row here, then its view (docs/architecture.md "How to add a page").

/// The site's name: the title of the home page and the end of every other page's title.
pub const SITE_NAME: &str = "遠隔画像診断サービスの選び方ガイド";

/// Which wasm file holds a page's code (docs/architecture.md "Size and chunks"). Pages that share
/// most of their code share a chunk, so a visit fetches a few files rather than many small ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    /// In the app's core: drawn at once.
    Core,
    /// The directory, a provider's page and the compare page: cards, badges and tables.
    Directory,
    /// Pages to read: the basics, the columns, the embed and accessibility pages.
    Reading,
    /// The two tools, which share the turnaround rules and the facility profile.
    Tools,
}

/// How a page is addressed and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    /// The path below the site's root (or after `#/`): literal segments, `{name}` for a
    /// parameter, `{name?}` for a last optional one, `#{name?}` for a last optional one written as
    /// the fragment of the path (an anchor in the page, with no file of its own); `*` (the "not
    /// found" page only) for anything no other page matches.
    pub path: &'static str,
    /// The chunk whose code draws the page.
    pub chunk: Chunk,
    /// The page's label in the site navigation, if it is listed there.
    pub nav: Option<&'static str>,
    /// The document title (before " | site name"); a page about one record sets its own.
    pub title: &'static str,
    /// Whether the embed page offers this page as where an embedded guide opens.
    pub embed_start: bool,
}

/// Declares [`Page`] with one variant per row, [`Page::ALL`] in row order, [`Page::spec`] and
/// [`Page::description`]. A row is `Page => spec, description;`.
macro_rules! pages {
    ($($(#[$doc:meta])* $page:ident => $spec:expr, $description:expr;)*) => {
        /// A page of the guide (a row of the route table).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Page {
            $($(#[$doc])* $page,)*
        }

        impl Page {
            /// Every page, in the order of the table (the order of the site navigation).
            pub const ALL: &'static [Page] = &[$(Page::$page,)*];

            /// The page's row of the table.
            pub const fn spec(self) -> Spec {
                match self {
                    $(Page::$page => $spec,)*
                }
            }

            /// What the page offers, in a sentence or two, for search engines and link previews
            /// (the build writes it; a page about one record is described by its record, and this
            /// serves when the record is missing). Apart from [`Spec`], so that the app, which
            /// never shows it, does not carry its text.
            pub const fn description(self) -> &'static str {
                match self {
                    $(Page::$page => $description,)*
                }
            }
        }
    };
}

/// A row of the table, with the defaults of most pages (not in the navigation, not a start page).
const fn row(path: &'static str, chunk: Chunk, title: &'static str) -> Spec {
    Spec { path, chunk, nav: None, title, embed_start: false }
}

/// A page listed in the site navigation (and offered as an embed start page, unless it needs a
/// choice made first).
const fn nav(path: &'static str, chunk: Chunk, label: &'static str, title: &'static str) -> Spec {
    Spec { path, chunk, nav: Some(label), title, embed_start: true }
}

pages! {
    /// The home page.
    Home => nav("", Chunk::Core, "ホーム", ""),
        crate::home::HOME_LEAD;
    /// The finder, with the facility profile in the query.
    Finder => nav("finder", Chunk::Tools, "条件で探す", "自院に合うサービスを探す"),
        "施設の種類や必要な検査、依頼する時間帯などを選ぶと、条件に合う遠隔画像診断サービスを順に表示します。各サービスについて、条件を満たす点・満たさない点・記載がない点も説明します。";
    /// Every organization, with the filters in the query.
    Directory => nav("directory", Chunk::Directory, "サービス一覧", "遠隔画像診断サービス一覧"),
        "遠隔画像診断サービスの事業者の一覧です。キーワードのほか、検査・読影メニュー、緊急読影、通常読影の返却、依頼できる時間帯、セキュリティなどの条件で絞り込み、並べ替えられます。";
    /// The turnaround clock (`?at=YYYY-MM-DDTHH:MM&focus=id`).
    Clock => nav("clock", Chunk::Tools, "返却時刻", "返却時刻の計算"),
        "画像を送る日時を入れると、各サービスの記載された受付時間と返却ルールから、読影レポートの返却期限を計算します。";
    /// Providers side by side (`?ids=a,b`); it needs a choice, so it is no start page.
    Compare => Spec { embed_start: false, ..nav("compare", Chunk::Directory, "比較", "サービスの比較") },
        "サービス一覧や詳細ページで選んだ2〜4件の遠隔画像診断サービスを、項目ごとに並べて比べられます。出典によって記載が異なる値は、出典とともに示します。";
    /// The basics, scrolled to a section.
    Guide => nav("guide/{section?}", Chunk::Reading, "基礎知識", "遠隔画像診断サービスの基礎知識"),
        "遠隔画像診断サービスを比べる前に知っておきたい基本をまとめました。サービスの種類や費用の考え方、このガイドが掲載している情報の調べ方も説明しています。";
    /// The column list (`?tag=…&q=…`).
    Columns => nav("columns", Chunk::Reading, "コラム", "コラム"),
        "遠隔画像診断サービスを導入する前に知っておきたい知識や、検査ごとの読影のポイントをまとめたコラムの一覧です。";
    /// One organization.
    Provider => row("providers/{id}", Chunk::Directory, "サービスの詳細"),
        "遠隔画像診断サービスの事業者の詳細です。";
    /// One article, scrolled to a section.
    Column => row("columns/{slug}/#{section?}", Chunk::Reading, "コラム"),
        "遠隔画像診断サービスについてのコラムです。";
    /// How to embed the guide in another page.
    Embed => row("embed", Chunk::Reading, "ガイドを自院のページに埋め込む"),
        "院内ポータルなどのページに、このガイドを iframe で表示する方法です。最初に表示するページなどを選ぶと、貼り付けるコードを作ります。";
    /// The accessibility statement and test results.
    Accessibility => row("accessibility", Chunk::Reading, "アクセシビリティ方針と試験結果"),
        "このガイドのアクセシビリティ方針と、試験の対象としたページ、レベルA・AAの達成基準ごとの試験結果を掲載しています。";
    /// Any address no other page has.
    NotFound => row("*", Chunk::Core, "ページが見つかりません"),
        "お探しのページは見つかりませんでした。";
}

impl Page {
    /// The pages of the site navigation, with their labels, in order.
    pub fn nav() -> impl Iterator<Item = (Page, &'static str)> {
        Page::ALL.iter().filter_map(|&p| p.spec().nav.map(|label| (p, label)))
    }

    /// The full document title of the page: "{title} | site name", or the site name alone.
    pub fn document_title(self) -> String {
        document_title(self.spec().title)
    }
}

/// "{title} | site name", or the site name alone for an empty title.
pub fn document_title(title: &str) -> String {
    if title.is_empty() {
        SITE_NAME.to_string()
    } else {
        format!("{title} | {SITE_NAME}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_is_unique_and_only_not_found_catches_all() {
        for (i, a) in Page::ALL.iter().enumerate() {
            for b in &Page::ALL[i + 1..] {
                assert_ne!(a.spec().path, b.spec().path, "{a:?} and {b:?}");
            }
            assert_eq!(a.spec().path == "*", *a == Page::NotFound, "{a:?}");
        }
    }

    #[test]
    fn the_navigation_starts_at_home_and_keeps_the_table_order() {
        let labels: Vec<&str> = Page::nav().map(|(_, l)| l).collect();
        assert_eq!(
            labels,
            ["ホーム", "条件で探す", "サービス一覧", "返却時刻", "比較", "基礎知識", "コラム"]
        );
    }

    #[test]
    fn titles_end_with_the_site_name() {
        assert_eq!(Page::Home.document_title(), SITE_NAME);
        assert_eq!(Page::Finder.document_title(), format!("自院に合うサービスを探す | {SITE_NAME}"));
    }
}
