import { demoId } from '../demo';

/**
 * Ids of the front records the demo's stories are told with (seed/demo.ts
 * `STORIES` holds the cases and programs they refer to). Kept here: no other
 * subgraph needs to name them.
 */
export const FRONT_STORIES = {
  supervisions: {
    /** VFF-60 supervises PCOM-598 on compensation and resettlement for the expressway; 3 recommendations. */
    expresswayHamThuanNam: demoId('front/supervision/expressway-ham-thuan-nam'),
    /** WU-598 supervises PCOM-598 on living conditions in the expressway resettlement area. */
    resettlementHamThuanNam: demoId('front/supervision/resettlement-ham-thuan-nam'),
    /** VFF-596 supervises PCOM-596 on the expressway compensation in Bắc Bình (resolved). */
    expresswayBacBinh: demoId('front/supervision/expressway-bac-binh'),
    /** VFF-60's social criticism of PCOM-60's draft plan for domestic water in Bắc Bình. */
    waterPlanCriticism: demoId('front/supervision/water-plan-criticism'),
    /** FU-596 supervises PCOM-596 on the Phan Hòa water shortage. */
    waterPhanHoa: demoId('front/supervision/water-phan-hoa'),
    /** VFF-60 supervises PC-596 on how it answered the people's petitions (a party committee as target). */
    petitionsBacBinh: demoId('front/supervision/petitions-bac-binh'),
    /** FU-60's social criticism of MMC-60's draft plan (a commission as target). */
    droughtPlanCriticism: demoId('front/supervision/drought-plan-criticism'),
    /** VFF-60 supervises DONRE-60 on pollution from titanium mining in Tuy Phong. */
    pollutionTuyPhong: demoId('front/supervision/pollution-tuy-phong'),
    /** VFF-593 supervises PCOM-593 on the Lê Duẩn Road backlog. */
    leDuanRoad: demoId('front/supervision/le-duan-road'),
    /** VFF-64 supervises PCOM-632: RESTRICTED. */
    restrictedChuProng: demoId('front/supervision/restricted-chu-prong'),
    /** VFF-30 supervises PCOM-295 on industrial-park land clearance. */
    landCamGiang: demoId('front/supervision/land-cam-giang'),
  },
  campaigns: {
    newRuralAreas: demoId('front/campaign/new-rural-areas'),
    vietnameseGoods: demoId('front/campaign/vietnamese-goods'),
    forThePoorBinhThuan2024: demoId('front/campaign/for-the-poor-60-2024'),
    expresswaySiteHandover: demoId('front/campaign/expressway-site-handover'),
    fiveNoThreeClean: demoId('front/campaign/five-no-three-clean-60'),
    youthVolunteers: demoId('front/campaign/youth-volunteers-60'),
    farmersHaiDuong: demoId('front/campaign/good-farmers-30'),
    greenSummerGiaLai: demoId('front/campaign/green-summer-64-2024'),
  },
} as const;
