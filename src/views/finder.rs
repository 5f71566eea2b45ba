//! The finder: the visitor describes the facility and gets a ranked list in which every result
//! explains what matches, what does not, and what is not stated. The state lives in the URL.

pub mod form;
pub mod result;

use guide_model::finder::{assess, explain, Profile, Verdict};
use guide_model::pages::Page;
use leptos::prelude::*;

use crate::data::state::ready_data;
use crate::routing::history::use_router;
use form::FinderForm;
use guide_model::route::Query;
use result::ResultCard;

/// The finder page.
#[component]
pub fn FinderPage() -> impl IntoView {
    let Some(app) = ready_data() else { return ().into_any() };
    let router = use_router();
    let profile = Memo::new(move |_| match router.route().query_of(Page::Finder) {
        Some(q) => Profile::from_pairs(q.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
        None => Profile::default(),
    });
    let set_profile = move |p: Profile| router.navigate(&Page::Finder.with_query(Query(p.to_pairs())), true);
    let results = {
        let app = app.clone();
        Memo::new(move |_| profile.with(|p| assess(app.providers(), app.finder_records(), p)))
    };
    let published = app.clone();
    view! {
        <div class="finder">
            <h1>"自院に合うサービスを探す"</h1>
            <p class="lead">"施設の種類や必要な検査、依頼する時間帯などを選ぶと、条件に合うサービスを順に表示します。各サービスについて、条件を満たす点・満たさない点・記載がない点を説明します。"</p>
            <p class="to-results">
                <button type="button" class="button small" on:click=|_| crate::views::scroll::scroll_to_section("finder-results-title")>
                    "結果へ移動"
                </button>
            </p>
            <div class="finder-layout">
                <FinderForm profile=profile on_change=set_profile/>
                <section class="finder-results" aria-labelledby="finder-results-title">
                    <h2 id="finder-results-title" tabindex="-1">"結果"</h2>
                    {move || {
                        let all = results.get();
                        let count = |v: Verdict| all.iter().filter(|a| a.verdict == v).count();
                        let (matched, unconfirmed, excluded) = (count(Verdict::Match), count(Verdict::Unconfirmed), count(Verdict::Excluded));
                        let show = |v: Verdict| {
                            all.iter()
                                .filter(|a| a.verdict == v)
                                .filter(|a| v != Verdict::Unconfirmed || published.providers()[a.index].listed_in.iter().any(|s| s == "directory"))
                                .map(|a| {
                                    let provider = &published.providers()[a.index];
                                    let reasons = profile.with(|p| explain(provider, p));
                                    view! { <li><ResultCard assessment=*a reasons=reasons provider=provider.clone()/></li> }
                                })
                                .collect_view()
                        };
                        view! {
                            <p class="result-count" role="status" aria-live="polite">
                                {format!("条件を満たす: {matched}件 ・ 要確認: {unconfirmed}件 ・ 条件に合わない: {excluded}件")}
                            </p>
                            <h3>"条件を満たすサービス"</h3>
                            {(matched == 0).then(|| view! { <p class="muted">"記載から条件をすべて満たすと確認できたサービスはありません。条件を減らすか、下の「要確認」をご覧ください。"</p> })}
                            <ol class="finder-list matches">{show(Verdict::Match)}</ol>
                            <details class="finder-more">
                                <summary>{format!("要確認のサービス(記載がない・一部の記載・推定のため。詳細公開分、全{unconfirmed}件中)")}</summary>
                                <ol class="finder-list">{show(Verdict::Unconfirmed)}</ol>
                            </details>
                            <details class="finder-more">
                                <summary>{format!("条件に合わないサービス({excluded}件)")}</summary>
                                <ol class="finder-list">{show(Verdict::Excluded)}</ol>
                            </details>
                        }
                    }}
                </section>
            </div>
            <details class="scoring">
                <summary>"順位の決め方"</summary>
                <ul>
                    <li>"必要な検査・依頼する時間帯・緊急読影の時間は「必須の条件」です。「条件に合わない」に分けるのは、記載と食い違う場合だけです(「対応なし」の記載、希望の時間帯を含まない受付時間の記載、希望より遅い返却時間の記載)。記載がないことを「対応している」とはみなしません。"</li>
                    <li>"次の場合は「要確認」です。検査メニューが「等」「その他」を含む一部の記載で、その検査が挙がっていない場合。「乳腺」から「マンモグラフィ」のように、記載から推定しただけの場合。受付時間が希望の時間帯の一部だけを含む場合。返却時間が「最短」だけの記載や、解釈が分かれる記載の場合。名称から推定した地域の場合。"</li>
                    <li>"検査メニューの一覧にその検査が挙がっていない場合も、扱わないという記載ではないため「要確認」とし、ほかの「要確認」のサービスより後に並べます。"</li>
                    <li>"重視する点は、1番目を3倍、2番目を2倍、3番目を1倍で点数にします(選ばない場合はすべて1倍)。品質・信頼性は読影体制の記載(二次読影、ダブルチェック、レポートチェック等)1つにつき1点(最大4点)、セキュリティは認証・データ保護の記載1つにつき1点(最大3点)、対応時間は緊急読影が1時間以内3点・2時間以内2点・3時間以内1点、通常読影が2日以内なら1点、24時間365日受付なら1点です。"</li>
                    <li>"地域が合えば2点、施設の種類に合う特徴(診療所: 読影医への相談、中小病院: 専門医への割り振り、急性期: 2時間以内の緊急読影、健診施設: 健診の読影)があれば2点、依頼件数に合う料金の特徴(少ない: 初期費用・月額基本料金なし、多い: スライス加算・部位加算なし)は1つにつき1点です。"</li>
                    <li>"同じ点数の場合は名前の五十音順です。同じ条件なら、いつも同じ順位になります。"</li>
                </ul>
            </details>
        </div>
    }
    .into_any()
}
