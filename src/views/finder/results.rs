//! The finder's results: the counts, how the points are made, and the three lists (matches, to
//! confirm, excluded), each list saying why its services are in it.

use std::sync::Arc;

use guide_model::finder::rules::unconfirmed_note;
use guide_model::finder::{explain, Assessment, Profile, Verdict};
use leptos::prelude::*;

use super::result::ResultCard;
use super::scoring::ScoreRule;
use crate::data::state::AppData;

/// The results section of the finder.
#[component]
pub fn FinderResults(
    app: Arc<AppData>,
    profile: Memo<Profile>,
    results: Memo<Vec<Assessment>>,
) -> impl IntoView {
    let count = move |v: Verdict| results.with(|all| all.iter().filter(|a| a.verdict == v).count());
    let lists = move || {
        let all = results.get();
        let published = |a: &&Assessment| app.providers()[a.index].listed_in.iter().any(|s| s == "directory");
        let shown = |v: Verdict| {
            // Services to confirm are shown only with published details: the others state nothing to weigh.
            all.iter()
                .filter(move |a| a.verdict == v)
                .filter(move |a| v != Verdict::Unconfirmed || published(a))
        };
        let cards = |v: Verdict| {
            shown(v)
                .map(|a| {
                    let provider = &app.providers()[a.index];
                    let reasons = profile.with(|p| explain(provider, p));
                    view! { <li><ResultCard assessment=*a reasons=reasons provider=provider.clone()/></li> }
                })
                .collect_view()
        };
        let (unconfirmed, excluded) = (count(Verdict::Unconfirmed), count(Verdict::Excluded));
        let shown_unconfirmed = shown(Verdict::Unconfirmed).count();
        view! {
            <h3>"条件を満たすサービス"</h3>
            {(count(Verdict::Match) == 0).then(|| view! { <p class="muted">"記載から条件をすべて満たすと確認できたサービスはありません。条件を減らすか、下の「要確認」をご覧ください。"</p> })}
            <ol class="finder-list matches">{cards(Verdict::Match)}</ol>
            <details class="finder-more">
                <summary>{format!("要確認のサービス(詳細公開分{shown_unconfirmed}件、全{unconfirmed}件中)")}</summary>
                <p class="finder-why">{unconfirmed_note(unconfirmed, shown_unconfirmed)}</p>
                <ol class="finder-list">{cards(Verdict::Unconfirmed)}</ol>
            </details>
            <details class="finder-more">
                <summary>{format!("条件に合わないサービス({excluded}件)")}</summary>
                <p class="finder-why">"記載された内容(受付時間、返却時間、緊急読影の有無)が、選んだ条件と食い違うサービスです。"</p>
                <ol class="finder-list">{cards(Verdict::Excluded)}</ol>
            </details>
        }
    };
    view! {
        <section class="finder-results" aria-labelledby="finder-results-title">
            <h2 id="finder-results-title" tabindex="-1">"結果"</h2>
            <p class="result-count" role="status" aria-live="polite">
                {move || format!(
                    "条件を満たす: {}件 ・ 要確認: {}件 ・ 条件に合わない: {}件",
                    count(Verdict::Match), count(Verdict::Unconfirmed), count(Verdict::Excluded)
                )}
            </p>
            <ScoreRule profile=profile/>
            {lists}
        </section>
    }
}
