//! One finder result: the verdict, the points with what they are made of, and each reason
//! marked met, unmet or not stated, with links to the detail page and the clock.

use guide_model::finder::rules::breakdown_text;
use guide_model::finder::{Assessment, Reason, Status, Verdict};
use guide_model::pages::Page;
use guide_model::provider::Provider;
use leptos::prelude::*;

use guide_model::route::Query;

/// A result card: the provider's assessment and the reasons behind it.
#[component]
pub fn ResultCard(assessment: Assessment, reasons: Vec<Reason>, provider: Provider) -> impl IntoView {
    let verdict = match assessment.verdict {
        Verdict::Match => ("条件を満たす", "verdict match"),
        Verdict::Unconfirmed => ("要確認", "verdict unconfirmed"),
        Verdict::Excluded => ("条件に合わない", "verdict excluded"),
    };
    let clock = Page::Clock.with_query(Query(vec![("focus".to_string(), provider.id.clone())])).href();
    let breakdown = format!("({})", breakdown_text(&reasons));
    view! {
        <article class="result-card">
            <h4><a href=Page::Provider.at([provider.id.clone()]).href()>{provider.name.clone()}</a></h4>
            <p class="result-score">
                <span class=verdict.1>{verdict.0}</span>" "
                <span class="points">{format!("{}点", assessment.score)}</span>
                <span class="score-breakdown">{breakdown}</span>
            </p>
            <ul class="reasons">
                {reasons.into_iter().map(|r| {
                    let (mark, word, class) = match r.status {
                        Status::Met => ("✓", "満たす", "met"),
                        Status::Unmet => ("✗", "満たさない", "unmet"),
                        Status::Unknown => ("?", "要確認", "unknown-reason"),
                    };
                    let points = (r.points != 0).then(|| view! { <span class="reason-points">{format!("(+{}点)", r.points)}</span> });
                    view! {
                        <li class=class>
                            <span aria-hidden="true" class="mark">{mark}</span>
                            <span>
                                <span class="visually-hidden">{format!("{word}: ")}</span>
                                {r.text}
                                {points}
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="result-links">
                <a href=Page::Provider.at([provider.id.clone()]).href()>"詳細を見る"</a>
                " ・ "
                <a href=clock>"返却時刻を計算する"</a>
            </p>
        </article>
    }
}
