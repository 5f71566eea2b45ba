//! Canonical exam modalities, the vocabulary the exam-menu filter speaks.

use serde::{Deserialize, Serialize};

/// A canonical modality (or reading domain) that menus are normalized to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// CT.
    Ct,
    /// MRI (incl. MRA, DWIBS, MR elastography).
    Mri,
    /// General radiography: CR, DR, XP, plain chest films.
    Xray,
    /// Fluoroscopy and contrast studies: RF, 透視, 注腸, 胃部造影.
    Fluoro,
    /// Mammography and breast tomosynthesis: MMG, MG, マンモグラフィ.
    Mammo,
    /// Ultrasound: US, エコー.
    Us,
    /// Nuclear medicine: RI, 核医学, scintigraphy, SPECT.
    Nuclear,
    /// PET and PET-CT.
    Pet,
    /// Fundus photography: 眼底.
    Fundus,
    /// Electrocardiogram: 心電図.
    Ecg,
    /// Screening programmes: 健診, 検診, 脳ドック, 肺がんCT検診.
    Screening,
    /// Autopsy imaging: Ai.
    Autopsy,
    /// Cardiac imaging: 心臓MRI, 冠動脈CT, 心臓CT, 心筋シンチ.
    Cardiac,
    /// CT colonography: 大腸CT, CTコロノグラフィ.
    Colonography,
    /// Endoscopy: 内視鏡.
    Endoscopy,
    /// Paediatric and neonatal imaging: 小児, 新生児.
    Pediatric,
}

impl Modality {
    /// Every modality, in display order.
    pub const ALL: [Modality; 16] = [
        Modality::Ct,
        Modality::Mri,
        Modality::Xray,
        Modality::Fluoro,
        Modality::Mammo,
        Modality::Us,
        Modality::Nuclear,
        Modality::Pet,
        Modality::Fundus,
        Modality::Ecg,
        Modality::Screening,
        Modality::Autopsy,
        Modality::Cardiac,
        Modality::Colonography,
        Modality::Endoscopy,
        Modality::Pediatric,
    ];

    /// The label shown to visitors.
    pub fn label(self) -> &'static str {
        match self {
            Modality::Ct => "CT",
            Modality::Mri => "MRI",
            Modality::Xray => "一般X線(CR/DR)",
            Modality::Fluoro => "透視・造影(RF)",
            Modality::Mammo => "マンモグラフィ",
            Modality::Us => "超音波(エコー)",
            Modality::Nuclear => "核医学(RI・SPECT)",
            Modality::Pet => "PET・PET-CT",
            Modality::Fundus => "眼底",
            Modality::Ecg => "心電図",
            Modality::Screening => "健診・検診",
            Modality::Autopsy => "死亡時画像診断(Ai)",
            Modality::Cardiac => "心臓(心臓CT・MRI等)",
            Modality::Colonography => "大腸CT",
            Modality::Endoscopy => "内視鏡",
            Modality::Pediatric => "小児・新生児",
        }
    }

    /// The code used in URLs and JSON.
    pub fn code(self) -> &'static str {
        match self {
            Modality::Ct => "ct",
            Modality::Mri => "mri",
            Modality::Xray => "xray",
            Modality::Fluoro => "fluoro",
            Modality::Mammo => "mammo",
            Modality::Us => "us",
            Modality::Nuclear => "nuclear",
            Modality::Pet => "pet",
            Modality::Fundus => "fundus",
            Modality::Ecg => "ecg",
            Modality::Screening => "screening",
            Modality::Autopsy => "autopsy",
            Modality::Cardiac => "cardiac",
            Modality::Colonography => "colonography",
            Modality::Endoscopy => "endoscopy",
            Modality::Pediatric => "pediatric",
        }
    }

    /// Looks a modality up by its code.
    pub fn from_code(code: &str) -> Option<Modality> {
        Modality::ALL.into_iter().find(|m| m.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_match_serde() {
        for m in Modality::ALL {
            assert_eq!(Modality::from_code(m.code()), Some(m));
            assert_eq!(serde_json::to_string(&m).unwrap(), format!("\"{}\"", m.code()));
            assert!(!m.label().is_empty());
        }
        assert_eq!(Modality::from_code("xray-3d"), None);
    }
}
