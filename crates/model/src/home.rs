//! The home page's heading and lead. The app renders them, and the build writes them into the
//! loading shell of `index.html`, so a visitor reads them before the app has started and the
//! page does not change under their eyes when it has.

/// The home page's `<h1>`.
pub const HOME_TITLE: &str = "遠隔画像診断サービスの選び方";

/// The paragraph under the home page's heading.
pub const HOME_LEAD: &str = "自院に合う遠隔画像診断サービスは、医療機関ごとに違います。院内の撮影設備や医師の数、依頼する件数と頻度、依頼したい領域や時間帯によって、重視すべき点が変わるからです。まず自院の条件を整理し、そのうえでサービスを比べましょう。";
