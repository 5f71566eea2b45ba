//! Features a source states about a service: reading workflow, security, fees and coverage.
//!
//! A feature that is absent from a record is *not stated*, never "not offered".

use serde::{Deserialize, Serialize};

/// The group a feature belongs to, for display and facets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FeatureGroup {
    Reading,
    Security,
    Fees,
    Support,
}

/// A stated feature.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feature {
    /// Two radiologists read each study (ダブル読影, 2名のダブルチェック, 二名体制).
    DoubleReading,
    /// A second radiologist reviews the first report (二次読影).
    SecondaryReading,
    /// Three-stage reading (トリプル読影).
    TripleReading,
    /// Independent blind reading (ブラインド読影).
    BlindReading,
    /// Staff check each report for typos and omissions (レポートチェック).
    ReportCheck,
    /// Real-time reading (リアルタイム読影).
    RealtimeReading,
    /// Re-reading on request (再読影).
    ReReading,
    /// Comparison with prior studies (比較読影).
    ComparisonReading,
    /// Requests are assigned to a radiologist who specializes in the area.
    SpecialistMatching,
    /// Individual radiologist profiles (experience, certification, field) are published.
    RadiologistProfiles,
    /// The requesting doctor can ask the reading radiologist questions.
    Consultation,
    /// A trial service before the main contract.
    Trial,
    /// AI is used in reading.
    AiAssisted,
    /// Radiographers support imaging (撮影サポート).
    RadiographerSupport,
    /// Privacy Mark (プライバシーマーク).
    PrivacyMark,
    /// Privacy Mark for the health and medical field (MEDIS).
    MedisPrivacyMark,
    /// Data centres in several locations (多重拠点化) against disaster.
    MultiSiteDataCenter,
    /// Own or group data centre.
    OwnDataCenter,
    /// Dedicated line or IP-VPN.
    DedicatedLine,
    /// A cloud platform for sending images.
    CloudPlatform,
    /// Staffed network monitoring around the clock.
    NetworkMonitoring,
    /// No slice-count surcharge (スライス加算なし).
    NoSliceSurcharge,
    /// No body-part surcharge (部位加算なし).
    NoPartSurcharge,
    /// No initial fee.
    NoInitialFee,
    /// No monthly base fee.
    NoMonthlyFee,
    /// Equipment for the network can be rented.
    EquipmentRental,
}

impl Feature {
    /// Every feature, in display order.
    pub const ALL: [Feature; 26] = [
        Feature::DoubleReading,
        Feature::SecondaryReading,
        Feature::TripleReading,
        Feature::BlindReading,
        Feature::ReportCheck,
        Feature::RealtimeReading,
        Feature::ReReading,
        Feature::ComparisonReading,
        Feature::SpecialistMatching,
        Feature::RadiologistProfiles,
        Feature::Consultation,
        Feature::Trial,
        Feature::AiAssisted,
        Feature::RadiographerSupport,
        Feature::PrivacyMark,
        Feature::MedisPrivacyMark,
        Feature::MultiSiteDataCenter,
        Feature::OwnDataCenter,
        Feature::DedicatedLine,
        Feature::CloudPlatform,
        Feature::NetworkMonitoring,
        Feature::NoSliceSurcharge,
        Feature::NoPartSurcharge,
        Feature::NoInitialFee,
        Feature::NoMonthlyFee,
        Feature::EquipmentRental,
    ];

    /// The label shown to visitors.
    pub fn label(self) -> &'static str {
        match self {
            Feature::DoubleReading => "ダブル読影(2名の医師)",
            Feature::SecondaryReading => "二次読影",
            Feature::TripleReading => "トリプル読影",
            Feature::BlindReading => "ブラインド読影",
            Feature::ReportCheck => "レポートチェック",
            Feature::RealtimeReading => "リアルタイム読影",
            Feature::ReReading => "再読影",
            Feature::ComparisonReading => "比較読影",
            Feature::SpecialistMatching => "領域別の専門医に割り振り",
            Feature::RadiologistProfiles => "読影医の個別情報を公開",
            Feature::Consultation => "読影医への質問・相談",
            Feature::Trial => "お試しサービス",
            Feature::AiAssisted => "AIの活用",
            Feature::RadiographerSupport => "撮影サポート",
            Feature::PrivacyMark => "プライバシーマーク",
            Feature::MedisPrivacyMark => "保健医療分野のプライバシーマーク(MEDIS)",
            Feature::MultiSiteDataCenter => "データセンターの多重拠点化",
            Feature::OwnDataCenter => "自社・グループのデータセンター",
            Feature::DedicatedLine => "専用回線・IP-VPN",
            Feature::CloudPlatform => "クラウド型システム",
            Feature::NetworkMonitoring => "24時間365日の有人ネットワーク監視",
            Feature::NoSliceSurcharge => "スライス加算なし",
            Feature::NoPartSurcharge => "部位加算なし",
            Feature::NoInitialFee => "初期導入費用なし",
            Feature::NoMonthlyFee => "月額基本料金なし",
            Feature::EquipmentRental => "ネットワーク機材のレンタル",
        }
    }

    /// The code used in URLs and JSON.
    pub fn code(self) -> &'static str {
        match self {
            Feature::DoubleReading => "double_reading",
            Feature::SecondaryReading => "secondary_reading",
            Feature::TripleReading => "triple_reading",
            Feature::BlindReading => "blind_reading",
            Feature::ReportCheck => "report_check",
            Feature::RealtimeReading => "realtime_reading",
            Feature::ReReading => "re_reading",
            Feature::ComparisonReading => "comparison_reading",
            Feature::SpecialistMatching => "specialist_matching",
            Feature::RadiologistProfiles => "radiologist_profiles",
            Feature::Consultation => "consultation",
            Feature::Trial => "trial",
            Feature::AiAssisted => "ai_assisted",
            Feature::RadiographerSupport => "radiographer_support",
            Feature::PrivacyMark => "privacy_mark",
            Feature::MedisPrivacyMark => "medis_privacy_mark",
            Feature::MultiSiteDataCenter => "multi_site_data_center",
            Feature::OwnDataCenter => "own_data_center",
            Feature::DedicatedLine => "dedicated_line",
            Feature::CloudPlatform => "cloud_platform",
            Feature::NetworkMonitoring => "network_monitoring",
            Feature::NoSliceSurcharge => "no_slice_surcharge",
            Feature::NoPartSurcharge => "no_part_surcharge",
            Feature::NoInitialFee => "no_initial_fee",
            Feature::NoMonthlyFee => "no_monthly_fee",
            Feature::EquipmentRental => "equipment_rental",
        }
    }

    /// Looks a feature up by its code.
    pub fn from_code(code: &str) -> Option<Feature> {
        Feature::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The group the feature is shown in.
    pub fn group(self) -> FeatureGroup {
        use Feature::*;
        match self {
            DoubleReading | SecondaryReading | TripleReading | BlindReading | ReportCheck
            | RealtimeReading | ReReading | ComparisonReading | SpecialistMatching | RadiologistProfiles => {
                FeatureGroup::Reading
            }
            PrivacyMark | MedisPrivacyMark | MultiSiteDataCenter | OwnDataCenter | DedicatedLine
            | CloudPlatform | NetworkMonitoring => FeatureGroup::Security,
            NoSliceSurcharge | NoPartSurcharge | NoInitialFee | NoMonthlyFee => FeatureGroup::Fees,
            Consultation | Trial | AiAssisted | RadiographerSupport | EquipmentRental => {
                FeatureGroup::Support
            }
        }
    }
}

/// A feature as a source states it, with the short phrase that states it (own words).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeatureFact {
    pub code: Feature,
    /// What exactly was stated, briefly (e.g. "二次読影は経験25年以上の医師が担当").
    pub text: String,
    pub source: String,
}

impl crate::facts::Sourced for FeatureFact {
    fn source(&self) -> &str {
        &self.source
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_serde() {
        for f in Feature::ALL {
            assert_eq!(serde_json::to_string(&f).unwrap(), format!("\"{}\"", f.code()));
            assert_eq!(Feature::from_code(f.code()), Some(f));
        }
    }
}
