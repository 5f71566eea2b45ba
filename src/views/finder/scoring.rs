//! How the finder's points are made, shown above the results: what adds points for the
//! profile chosen and the full rule (順位の決め方). The numbers are worded by the model from the
//! constants its scorer adds (`guide_model::finder::rules`), so the page cannot contradict it.

use guide_model::finder::rules::{general, summary};
use guide_model::finder::Profile;
use leptos::prelude::*;

/// The explanation of the points, and the rule of the order.
#[component]
pub fn ScoreRule(profile: Memo<Profile>) -> impl IntoView {
    let [priorities, others] = general();
    view! {
        <div class="score-rule">
            <p>"点数は、各サービスの記載のうち次に当てはまるものの合計で、同じ区分(条件を満たす・要確認・条件に合わない)の中の並び順に使います。"</p>
            <ul class="score-parts">
                {move || profile.with(summary).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <details class="scoring" id="finder-scoring">
                <summary>"順位の決め方"</summary>
                <ul>
                    <li>"必要な検査・依頼する時間帯・緊急読影の時間は「必須の条件」です。「条件に合わない」に分けるのは、記載と食い違う場合だけです(「対応なし」の記載、希望の時間帯を含まない受付時間の記載、希望より遅い返却時間の記載)。記載がないことを「対応している」とはみなしません。"</li>
                    <li>"次の場合は「要確認」です。検査メニューが「等」「その他」を含む一部の記載で、その検査が挙がっていない場合。「乳腺」から「マンモグラフィ」のように、記載から推定しただけの場合。受付時間が希望の時間帯の一部だけを含む場合。返却時間が「最短」だけの記載や、解釈が分かれる記載の場合。名称から推定した地域の場合。"</li>
                    <li>"検査メニューの一覧にその検査が挙がっていない場合も、扱わないという記載ではないため「要確認」とし、ほかの「要確認」のサービスより後に並べます。"</li>
                    <li>{priorities}</li>
                    <li>{others}</li>
                    <li>"同じ点数の場合は名前の五十音順です。同じ条件なら、いつも同じ順位になります。"</li>
                </ul>
            </details>
        </div>
    }
}
