//! The two window sizes every flow is tested at.

/// The two sizes every flow is tested at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewport {
    /// 390 × 844, a current phone.
    Phone,
    /// 1280 × 800, a hospital PC.
    Desktop,
}

impl Viewport {
    /// Both sizes.
    pub const BOTH: [Viewport; 2] = [Viewport::Phone, Viewport::Desktop];

    /// The size of the page's viewport in CSS pixels.
    pub fn size(self) -> (u32, u32) {
        match self {
            Viewport::Phone => (390, 844),
            Viewport::Desktop => (1280, 800),
        }
    }
}
