import { BORDER_PROVINCES, demoId, demoUnits, FrontPrefix, inName, orgId, pick, THREE_LEVEL_PROVINCES, TWO_LEVEL_PROVINCES } from '../demo';
import {
  LAST_THREE_LEVEL_DAY,
  referenceUnit,
  TWO_LEVEL_FIRST_DAY,
  type Level,
  type OrganizationTypeName,
  type ReferenceUnit,
} from '../../lib';
import type { MobilizationModelEntity, ModelField, ModelKind } from '../../subgraphs/party/entities/MobilizationModel';

export type ModelRow = Omit<MobilizationModelEntity, 'version'>;

/** Who builds a kind of model: the owner's family and id at a unit version, and the tiers where that organization exists. */
export interface OwnerFamily {
  type: OrganizationTypeName;
  id: (unit: ReferenceUnit) => string;
  levels: readonly Level[];
}

const ALL: readonly Level[] = ['PROVINCIAL', 'DISTRICT', 'COMMUNE'];
const ABOVE_COMMUNE: readonly Level[] = ['PROVINCIAL', 'DISTRICT'];
const front = (prefix: FrontPrefix, levels = ALL): OwnerFamily => ({
  type: 'FrontOrganization',
  id: (u) => orgId.front(prefix, u),
  levels,
});

export const OWNERS = {
  committee: { type: 'PartyCommittee', id: orgId.partyCommittee, levels: ALL },
  commission: { type: 'MassMobilizationCommission', id: orgId.commission, levels: ABOVE_COMMUNE },
  peoplesCommittee: { type: 'StateAgency', id: orgId.peoplesCommittee, levels: ALL },
  fatherlandFront: front('VFF'),
  // The Trade Union has no commune level.
  tradeUnion: front('TU', ABOVE_COMMUNE),
  farmers: front('FU'),
  women: front('WU'),
  youth: front('YU'),
  veterans: front('VA'),
  militaryCommand: { type: 'ArmedUnit', id: orgId.militaryCommand, levels: ALL },
  police: { type: 'ArmedUnit', id: orgId.police, levels: ALL },
  borderGuard: { type: 'ArmedUnit', id: orgId.borderGuard, levels: ['PROVINCIAL'] },
} satisfies Record<string, OwnerFamily>;

export interface Template {
  name: string;
  kind: ModelKind;
  field: ModelField;
  owner: OwnerFamily;
  description: string;
  /**
   * Where the model is placed in every province, instead of a pseudo-random tier:
   * party-owned models below the province in each of them, so that a district-by-district
   * overview resolves party owners in every province alike. In the two-level era, which
   * has no districts, a district model goes to a commune where its owner has one, else
   * to the province.
   */
  level?: Level;
}

/**
 * "Skilled Mass Mobilization" models of the kinds the sources describe (collective and
 * individual, in every field of social life). Individual models are described by the
 * role of the official, never by a citizen's name.
 */
export const TEMPLATES: Template[] = [
  {
    name: 'Tổ hợp tác sản xuất nông nghiệp sạch liên kết tiêu thụ sản phẩm',
    kind: 'COLLECTIVE',
    field: 'ECONOMIC',
    owner: OWNERS.farmers,
    description: 'Hội Nông dân vận động hội viên liên kết sản xuất theo tiêu chuẩn VietGAP, bao tiêu sản phẩm.',
  },
  {
    name: 'Chi hội phụ nữ tiết kiệm giúp nhau phát triển kinh tế',
    kind: 'COLLECTIVE',
    field: 'ECONOMIC',
    owner: OWNERS.women,
    description: 'Hội viên góp vốn xoay vòng, giúp hộ khó khăn vay vốn không lãi để chăn nuôi, buôn bán nhỏ.',
  },
  {
    name: 'Mô hình "Dân vận khéo" trong xây dựng nông thôn mới',
    kind: 'COLLECTIVE',
    field: 'ECONOMIC',
    owner: OWNERS.peoplesCommittee,
    description: 'Vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn và kênh mương nội đồng.',
  },
  {
    name: 'Mô hình hỗ trợ sinh kế cho hộ nghèo, hộ cận nghèo',
    kind: 'COLLECTIVE',
    field: 'ECONOMIC',
    owner: OWNERS.fatherlandFront,
    description: 'Mặt trận phối hợp các đoàn thể trao cây, con giống và hướng dẫn kỹ thuật cho hộ nghèo.',
  },
  {
    name: 'Tuyến đường hoa, đường tự quản',
    kind: 'COLLECTIVE',
    field: 'CULTURAL_SOCIAL',
    owner: OWNERS.women,
    description: 'Hội viên nhận chăm sóc các tuyến đường, giữ gìn vệ sinh môi trường khu dân cư.',
  },
  {
    name: 'Mô hình "Thắp sáng đường quê"',
    kind: 'COLLECTIVE',
    field: 'CULTURAL_SOCIAL',
    owner: OWNERS.youth,
    description: 'Đoàn viên thanh niên vận động lắp đặt hệ thống đèn chiếu sáng các tuyến đường liên thôn.',
  },
  {
    name: 'Mô hình "Mái ấm Công đoàn"',
    kind: 'COLLECTIVE',
    field: 'CULTURAL_SOCIAL',
    owner: OWNERS.tradeUnion,
    description: 'Công đoàn vận động đoàn viên, doanh nghiệp đóng góp xây, sửa nhà cho đoàn viên khó khăn về nhà ở.',
  },
  {
    name: 'Khu dân cư văn hóa kiểu mẫu',
    kind: 'COLLECTIVE',
    field: 'CULTURAL_SOCIAL',
    owner: OWNERS.fatherlandFront,
    description: 'Thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".',
  },
  {
    name: 'Mô hình "Camera an ninh" tại khu dân cư',
    kind: 'COLLECTIVE',
    field: 'DEFENCE_SECURITY',
    owner: OWNERS.police,
    description: 'Công an vận động nhân dân đóng góp lắp đặt camera giám sát tại các tuyến đường, khu dân cư.',
  },
  {
    name: 'Tổ tự quản an ninh trật tự',
    kind: 'COLLECTIVE',
    field: 'DEFENCE_SECURITY',
    owner: OWNERS.police,
    description: 'Tổ tự quản nắm tình hình, hòa giải mâu thuẫn và phòng ngừa tội phạm ngay từ cơ sở.',
  },
  {
    name: 'Mô hình "Dân quân giúp dân" mùa mưa bão',
    kind: 'COLLECTIVE',
    field: 'DEFENCE_SECURITY',
    owner: OWNERS.militaryCommand,
    description: 'Dân quân giúp nhân dân gia cố nhà cửa, sơ tán người và tài sản khi có thiên tai.',
  },
  {
    name: 'Tổ cựu chiến binh tham gia giữ gìn an ninh trật tự',
    kind: 'COLLECTIVE',
    field: 'DEFENCE_SECURITY',
    owner: OWNERS.veterans,
    description: 'Cựu chiến binh tuần tra, tuyên truyền pháp luật và giáo dục thanh thiếu niên chậm tiến.',
  },
  {
    name: 'Mô hình "Chi bộ dân vận khéo"',
    kind: 'COLLECTIVE',
    field: 'POLITICAL_SYSTEM',
    owner: OWNERS.committee,
    level: 'COMMUNE',
    description: 'Chi bộ định kỳ sinh hoạt chuyên đề công tác dân vận, phân công đảng viên phụ trách hộ gia đình.',
  },
  {
    name: 'Đối thoại định kỳ giữa người đứng đầu cấp ủy với nhân dân',
    kind: 'COLLECTIVE',
    field: 'POLITICAL_SYSTEM',
    owner: OWNERS.committee,
    level: 'DISTRICT',
    description: 'Bí thư cấp ủy đối thoại hằng quý, giải quyết kiến nghị của nhân dân ngay tại cơ sở.',
  },
  {
    name: 'Mô hình "Lắng nghe ý kiến nhân dân"',
    kind: 'COLLECTIVE',
    field: 'POLITICAL_SYSTEM',
    owner: OWNERS.commission,
    level: 'DISTRICT',
    description: 'Ban Dân vận tổ chức tiếp nhận, tổng hợp và chuyển kiến nghị của nhân dân đến cơ quan có thẩm quyền.',
  },
  {
    name: 'Mô hình "Dân vận khéo" trong cải cách hành chính',
    kind: 'COLLECTIVE',
    field: 'POLITICAL_SYSTEM',
    owner: OWNERS.peoplesCommittee,
    description: 'Bộ phận một cửa hướng dẫn tận tình, giải quyết thủ tục hành chính đúng hẹn, không để người dân đi lại nhiều lần.',
  },
  {
    name: 'Mô hình "Dân vận khéo" xây dựng thế trận lòng dân khu vực biên giới, ven biển',
    kind: 'COLLECTIVE',
    field: 'DEFENCE_SECURITY',
    owner: OWNERS.borderGuard,
    description: 'Bộ đội Biên phòng phối hợp chính quyền vận động nhân dân tham gia bảo vệ chủ quyền, an ninh biên giới.',
  },
  {
    name: 'Cán bộ Hội Phụ nữ vận động hội viên vay vốn phát triển kinh tế',
    kind: 'INDIVIDUAL',
    field: 'ECONOMIC',
    owner: OWNERS.women,
    description: 'Hướng dẫn hội viên lập phương án vay vốn, giúp nhiều hộ thoát nghèo.',
  },
  {
    name: 'Cựu chiến binh gương mẫu vận động hiến đất làm đường',
    kind: 'INDIVIDUAL',
    field: 'ECONOMIC',
    owner: OWNERS.veterans,
    description: 'Gương mẫu hiến đất trước, vận động các hộ lân cận cùng hiến đất mở rộng đường liên thôn.',
  },
  {
    name: 'Đoàn viên hướng dẫn người dân sử dụng dịch vụ công trực tuyến',
    kind: 'INDIVIDUAL',
    field: 'CULTURAL_SOCIAL',
    owner: OWNERS.youth,
    description: 'Hướng dẫn người cao tuổi cài đặt định danh điện tử và nộp hồ sơ trực tuyến.',
  },
  {
    name: 'Cán bộ Mặt trận vận động xây dựng nhà Đại đoàn kết',
    kind: 'INDIVIDUAL',
    field: 'CULTURAL_SOCIAL',
    owner: OWNERS.fatherlandFront,
    description: 'Vận động các nhà hảo tâm đóng góp xây nhà Đại đoàn kết cho hộ nghèo.',
  },
  {
    name: 'Cán bộ công an bám địa bàn, vận động giao nộp vũ khí, vật liệu nổ',
    kind: 'INDIVIDUAL',
    field: 'DEFENCE_SECURITY',
    owner: OWNERS.police,
    description: 'Thường xuyên đến từng hộ tuyên truyền, vận động nhân dân tự nguyện giao nộp vũ khí, vật liệu nổ.',
  },
  {
    name: 'Cán bộ quân sự vận động thanh niên lên đường nhập ngũ',
    kind: 'INDIVIDUAL',
    field: 'DEFENCE_SECURITY',
    owner: OWNERS.militaryCommand,
    description: 'Gặp gỡ từng gia đình có con trong độ tuổi, vận động thanh niên hăng hái thực hiện nghĩa vụ quân sự.',
  },
  {
    name: 'Bí thư chi bộ gương mẫu gần dân, sát dân',
    kind: 'INDIVIDUAL',
    field: 'POLITICAL_SYSTEM',
    owner: OWNERS.committee,
    description: 'Nắm chắc tình hình từng hộ, kịp thời giải quyết vướng mắc của nhân dân tại khu dân cư.',
  },
  {
    name: 'Cán bộ dân vận tham mưu giải quyết kiến nghị của nhân dân',
    kind: 'INDIVIDUAL',
    field: 'POLITICAL_SYSTEM',
    owner: OWNERS.commission,
    description: 'Tham mưu cấp ủy đối thoại, giải quyết dứt điểm các kiến nghị kéo dài về đất đai.',
  },
];

/**
 * Every template that fits a demo province, in each era, placed deterministically at
 * the province or one of its units below (where the owner exists), the owner being
 * that unit version's organization: in each province of the three-level era,
 * recognized in a year from 2019 to 2025; in each province formed on 2025-07-01,
 * recognized in 2025 or 2026. A code may name a province in both eras (Lâm Đồng, 68),
 * so the two-level era's keys carry `-2025`, like its organizations' ids.
 */
export function modelRows(): ModelRow[] {
  const units = demoUnits();
  const rows: ModelRow[] = [];
  const provinces = [
    ...THREE_LEVEL_PROVINCES.map((code) => ({
      key: code,
      province: referenceUnit(code, LAST_THREE_LEVEL_DAY)!,
      firstYear: 2019,
      years: 7,
    })),
    ...TWO_LEVEL_PROVINCES.map((code) => ({
      key: `${code}-2025`,
      province: referenceUnit(code, TWO_LEVEL_FIRST_DAY)!,
      firstYear: 2025,
      years: 2,
    })),
  ];
  for (const { key: provinceKey, province, firstYear, years } of provinces) {
    const twoLevel = province.validFrom === TWO_LEVEL_FIRST_DAY;
    // The province's units of its own era (the path alone would also match the other era's 68).
    const inProvince = units.filter(
      (u) =>
        u.level !== 'PROVINCIAL' &&
        u.path.startsWith(province.path) &&
        u.validFrom === province.validFrom &&
        u.validTo === province.validTo,
    );
    const byLevel = (level: Level) => (level === 'PROVINCIAL' ? [province] : inProvince.filter((u) => u.level === level));
    TEMPLATES.forEach((template, i) => {
      const key = `model/${provinceKey}/${i}`;
      if (template.owner === OWNERS.borderGuard && !BORDER_PROVINCES.has(province.code)) return;
      const levels = twoLevel ? template.owner.levels.filter((l) => l !== 'DISTRICT') : template.owner.levels;
      const fixed = twoLevel && template.level === 'DISTRICT' ? (levels.includes('COMMUNE') ? 'COMMUNE' : 'PROVINCIAL') : template.level;
      const level = fixed ?? levels[pick(`${key}/level`, levels.length)];
      const candidates: ReferenceUnit[] = byLevel(level);
      const unit = candidates[pick(`${key}/unit`, candidates.length)];
      rows.push({
        id: demoId(key),
        name: `${template.name} (${inName(unit)})`,
        kind: template.kind,
        field: template.field,
        year: firstYear + pick(`${key}/year`, years),
        unitCode: unit.code,
        unitPath: unit.path,
        ownerType: template.owner.type,
        ownerId: template.owner.id(unit),
        description: template.description,
      });
    });
  }
  return rows;
}
