import { ReferenceUnit, TWO_LEVEL_FIRST_DAY, unitPath } from '../../lib';
import type { MobilizationActivityEntity } from '../../subgraphs/armed-forces/entities/MobilizationActivity';
import type { ActivityKind } from '../../subgraphs/armed-forces/generated/resolvers';
import { addDays, demoId, demoUnits, inName, orgId, parentOf, pick } from '../demo';
import { storyActivities } from './stories';
import type { UnitRow } from './units';

/**
 * Every mass-mobilization activity of the demo world: the stories' activities and
 * deterministic everyday ones in both eras, so that every district has a few a year
 * until 2025-06-30, and the provinces and communes formed on 2025-07-01 have theirs
 * from then until the seed date. An activity is placed in a unit version and conducted
 * by an armed unit of the same era. All figures follow from keys (`pick`), never from
 * randomness, so a second run inserts nothing.
 */

/** An activity as the seeder inserts it (the database fills in version and timestamps). */
type ActivityRow = Omit<MobilizationActivityEntity, 'version' | 'createdAt' | 'updatedAt'>;

export type Branch = 'ARMY' | 'POLICE' | 'ANY';

/**
 * Titles of everyday activities by kind: the branch that does that kind of thing,
 * the title (`$` is the place) and, for seasonal work, the months it happens in
 * (Tết gifts in January, storm preparation in the rainy season, enlistment in winter).
 */
export const TITLES: Record<ActivityKind, [Branch, string, number[]?][]> = {
  DISASTER_RELIEF: [
    ['ANY', 'Giúp nhân dân $ khắc phục hậu quả mưa lũ', [7, 8, 9, 10, 11]],
    ['ANY', 'Hỗ trợ nhân dân $ chằng chống nhà cửa, di dời người dân khỏi vùng nguy hiểm trước bão', [7, 8, 9, 10]],
    ['ARMY', 'Diễn tập phòng chống thiên tai, tìm kiếm cứu nạn tại $', [4, 5, 6]],
    ['ARMY', 'Nạo vét kênh mương, khơi thông dòng chảy phòng chống lụt bão tại $', [3, 4, 5, 6]],
  ],
  EPIDEMIC_RESPONSE: [
    ['ANY', 'Phun hóa chất phòng chống dịch sốt xuất huyết tại $', [6, 7, 8, 9, 10]],
    ['ANY', 'Ra quân vệ sinh môi trường, diệt lăng quăng phòng chống dịch bệnh tại $'],
    ['ARMY', 'Hỗ trợ phòng chống dịch tả lợn châu Phi tại $'],
  ],
  NEW_RURAL_CONSTRUCTION: [
    ['ANY', 'Giúp nhân dân $ làm đường giao thông nông thôn'],
    ['ARMY', 'Bê tông hóa đường ngõ xóm, xây dựng nông thôn mới tại $'],
    ['ANY', 'Trồng cây xanh, chỉnh trang cảnh quan đường làng tại $'],
    ['POLICE', 'Xây dựng mô hình "Camera an ninh" góp phần xây dựng nông thôn mới tại $'],
  ],
  POVERTY_REDUCTION: [
    ['ANY', 'Trao bò giống hỗ trợ sinh kế cho hộ nghèo $'],
    ['ANY', 'Tặng quà Tết cho hộ nghèo, gia đình chính sách $', [1]],
    ['ARMY', 'Hướng dẫn kỹ thuật trồng trọt, chăn nuôi giúp hộ nghèo $ phát triển kinh tế'],
    ['ANY', 'Tặng học bổng, đồ dùng học tập cho học sinh nghèo vượt khó $', [8, 9]],
  ],
  HOUSING: [
    ['ARMY', 'Xây dựng "Nhà đồng đội" cho cựu quân nhân có hoàn cảnh khó khăn $'],
    ['ANY', 'Sửa chữa, xây mới nhà ở cho hộ nghèo $'],
    ['POLICE', 'Bàn giao "Mái ấm nghĩa tình" cho hộ nghèo $'],
  ],
  HEALTHCARE: [
    ['ARMY', 'Quân dân y kết hợp khám bệnh, cấp thuốc miễn phí cho nhân dân $'],
    ['ANY', 'Khám bệnh, cấp thuốc miễn phí cho người cao tuổi, gia đình chính sách $', [7]],
  ],
  PROPAGANDA: [
    ['POLICE', 'Tuyên truyền phòng chống tội phạm, tệ nạn ma túy cho nhân dân $'],
    ['POLICE', 'Tuyên truyền phòng chống lừa đảo trên không gian mạng cho nhân dân $'],
    ['ARMY', 'Tuyên truyền Luật Nghĩa vụ quân sự, vận động thanh niên $ lên đường nhập ngũ', [11, 12, 1]],
    ['ANY', 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở cho nhân dân $'],
    ['POLICE', 'Tuyên truyền an toàn giao thông, phòng cháy chữa cháy tại $'],
  ],
  OTHER: [
    ['ARMY', 'Giúp nhân dân $ thu hoạch lúa, chạy lũ', [5, 6, 10, 11]],
    ['POLICE', 'Làm căn cước lưu động cho người cao tuổi, người khuyết tật $'],
    ['ANY', 'Tham gia Ngày hội Đại đoàn kết toàn dân tộc tại $', [11]],
  ],
};

/** Kinds in proportion to how often local units report them. */
export const FILLER_KINDS: ActivityKind[] = [
  'PROPAGANDA',
  'PROPAGANDA',
  'PROPAGANDA',
  'NEW_RURAL_CONSTRUCTION',
  'NEW_RURAL_CONSTRUCTION',
  'DISASTER_RELIEF',
  'DISASTER_RELIEF',
  'POVERTY_REDUCTION',
  'POVERTY_REDUCTION',
  'HOUSING',
  'HEALTHCARE',
  'EPIDEMIC_RESPONSE',
  'OTHER',
];

/** Plausible figures per kind: personnel, duration in days, households reached (ranges [min, max]). */
export const FIGURES: Record<ActivityKind, { personnel: [number, number]; days: [number, number]; households: [number, number] }> = {
  DISASTER_RELIEF: { personnel: [20, 120], days: [3, 10], households: [50, 500] },
  EPIDEMIC_RESPONSE: { personnel: [10, 40], days: [2, 5], households: [100, 800] },
  NEW_RURAL_CONSTRUCTION: { personnel: [20, 80], days: [3, 15], households: [30, 300] },
  POVERTY_REDUCTION: { personnel: [5, 30], days: [1, 5], households: [10, 120] },
  HOUSING: { personnel: [10, 40], days: [5, 20], households: [1, 10] },
  HEALTHCARE: { personnel: [8, 25], days: [1, 3], households: [100, 600] },
  PROPAGANDA: { personnel: [5, 30], days: [1, 5], households: [100, 1500] },
  OTHER: { personnel: [5, 20], days: [1, 3], households: [20, 200] },
};

/** How the households were reached, for the generated descriptions. */
export const REACHED: Record<ActivityKind, string> = {
  DISASTER_RELIEF: 'được giúp đỡ khắc phục thiệt hại',
  EPIDEMIC_RESPONSE: 'được hỗ trợ phòng chống dịch',
  NEW_RURAL_CONSTRUCTION: 'được hưởng lợi từ công trình',
  POVERTY_REDUCTION: 'được hỗ trợ',
  HOUSING: 'được xây mới, sửa chữa nhà ở',
  HEALTHCARE: 'được khám bệnh, cấp thuốc',
  PROPAGANDA: 'được tuyên truyền',
  OTHER: 'được giúp đỡ',
};

const between = (key: string, [min, max]: [number, number]) => min + pick(key, max - min + 1);

/** Months `from` to `to` of a year. */
const months = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * When an everyday activity may start: a year and the months open to it. A whole year
 * before the reorganization; January to May 2025, so that it is over before the
 * district level ends on 2025-06-30; July 2025 to October 2026, so that it is over by
 * the seed date.
 */
interface Period {
  year: number;
  months: number[];
}
const wholeYear = (year: number): Period => ({ year, months: months(1, 12) });
const FIRST_HALF_2025: Period = { year: 2025, months: months(1, 5) };
const TWO_LEVEL_PERIODS: Period[] = [
  { year: 2025, months: months(7, 12) },
  { year: 2026, months: months(1, 10) },
];

/** Who may conduct an activity: a military unit, and a police unit where the police take part. */
interface Conductors {
  army: UnitRow;
  police?: UnitRow;
}

/** A unit version's own military command and police. */
const ownConductors = (unit: ReferenceUnit, units: Map<string, UnitRow>): Conductors => ({
  army: units.get(orgId.militaryCommand(unit))!,
  police: units.get(orgId.police(unit))!,
});

/** One everyday activity at `unit` by one of `conductors`, in `period`, all figures from `key`. */
function fillerActivity(key: string, unit: ReferenceUnit, period: Period, conductors: Conductors): ActivityRow {
  const kind = FILLER_KINDS[pick(`${key}/kind`, FILLER_KINDS.length)];
  // Titles of the branch that are done in the period's months (all of them in a whole year).
  const fitting = (police: boolean) =>
    TITLES[kind].filter(
      ([branch, , seasons]) =>
        (branch === 'ANY' || branch === (police ? 'POLICE' : 'ARMY')) && (!seasons || seasons.some((m) => period.months.includes(m))),
    );
  let byPolice = conductors.police !== undefined && pick(`${key}/branch`, 2) === 1;
  // Some kinds have no police work out of season (storm relief in spring): the army does it.
  if (fitting(byPolice).length === 0 && (byPolice || conductors.police)) byPolice = !byPolice;
  const titles = fitting(byPolice);
  const [, template, seasons] = titles[pick(`${key}/title`, titles.length)];
  const title = template.replace('$', inName(unit));
  const by = byPolice ? conductors.police! : conductors.army;
  const figures = FIGURES[kind];
  const personnel = between(`${key}/personnel`, figures.personnel);
  const days = between(`${key}/days`, figures.days);
  const open = seasons ? seasons.filter((m) => period.months.includes(m)) : period.months;
  const month = open[pick(`${key}/month`, open.length)];
  const startedOn = `${period.year}-${String(month).padStart(2, '0')}-${String(1 + pick(`${key}/day`, 28)).padStart(2, '0')}`;
  const householdsReached = between(`${key}/households`, figures.households);
  return {
    id: demoId(key),
    title,
    kind,
    conductedById: by.id,
    unitCode: unit.code,
    unitPath: unit.path,
    startedOn,
    endedOn: addDays(startedOn, days - 1),
    personnel,
    manDays: personnel * days,
    householdsReached,
    description: `${by.name} huy động ${personnel} cán bộ, chiến sĩ trong ${days} ngày (${personnel * days} ngày công); ${householdsReached} hộ dân ${REACHED[kind]}.`,
    caseId: null,
    coordinationProgramId: null,
    classification: 'PUBLIC',
  };
}

/**
 * Every activity of the demo world: the stories; until 2025-06-30, in every district
 * 2-4 a year in 2023-2024 and one or two in the first half of 2025, and one in about a
 * fifth of the communes; from 2025-07-01, one in about a fifth of the new communes by
 * the commune's own command or police, and at each new province a few by its regional
 * defense commands (in a commune of their area) and by its own command or police. A
 * code may name a unit in both eras (Xã Bắc Bình took Chợ Lầu's 23005), so the
 * two-level era's keys carry `-2025`, like its organizations' ids.
 */
export function demoActivities(units: Map<string, UnitRow>): ActivityRow[] {
  const rows: ActivityRow[] = storyActivities().map((story) => ({
    id: story.id,
    title: story.title,
    kind: story.kind,
    conductedById: story.by,
    unitCode: story.at,
    unitPath: unitPath(story.at, story.startedOn),
    startedOn: story.startedOn,
    endedOn: story.endedOn,
    personnel: story.personnel,
    manDays: story.manDays,
    householdsReached: story.householdsReached,
    description: story.description,
    caseId: story.caseId ?? null,
    coordinationProgramId: story.programId ?? null,
    classification: 'PUBLIC',
  }));
  const twoLevelPeriod = (key: string) => TWO_LEVEL_PERIODS[pick(`${key}/period`, TWO_LEVEL_PERIODS.length)];
  for (const unit of demoUnits()) {
    if (unit.validFrom === TWO_LEVEL_FIRST_DAY) {
      if (unit.level === 'PROVINCIAL') rows.push(...provinceActivities(unit, units, twoLevelPeriod));
      else if (unit.level === 'COMMUNE' && pick(`armed-forces/${unit.code}-2025/commune`, 5) === 0) {
        const key = `armed-forces/activity/${unit.code}-2025/commune`;
        rows.push(fillerActivity(key, unit, twoLevelPeriod(key), ownConductors(unit, units)));
      }
    } else if (unit.level === 'DISTRICT') {
      for (const year of [2023, 2024]) {
        const count = 2 + pick(`armed-forces/${unit.code}/${year}/count`, 3);
        for (let i = 0; i < count; i += 1)
          rows.push(fillerActivity(`armed-forces/activity/${unit.code}/${year}/${i}`, unit, wholeYear(year), ownConductors(unit, units)));
      }
      const count = 1 + pick(`armed-forces/${unit.code}/2025h1/count`, 2);
      for (let i = 0; i < count; i += 1)
        rows.push(fillerActivity(`armed-forces/activity/${unit.code}/2025h1/${i}`, unit, FIRST_HALF_2025, ownConductors(unit, units)));
    } else if (unit.level === 'COMMUNE' && pick(`armed-forces/${unit.code}/commune`, 5) === 0) {
      const year = 2023 + pick(`armed-forces/${unit.code}/year`, 2);
      rows.push(fillerActivity(`armed-forces/activity/${unit.code}/commune`, unit, wholeYear(year), ownConductors(unit, units)));
    }
  }
  return rows;
}

/**
 * The activities of a province formed on 2025-07-01 above its communes: one or two by
 * each regional defense command, in a commune of its area (one formed from a commune of
 * the former districts it took over), and two by the provincial military command or
 * police at the province itself.
 */
function provinceActivities(province: ReferenceUnit, units: Map<string, UnitRow>, period: (key: string) => Period): ActivityRow[] {
  const rows: ActivityRow[] = [];
  const communes = demoUnits().filter((u) => u.level === 'COMMUNE' && parentOf(u) === province);
  const commands = [...units.values()].filter(
    (u) => u.kind === 'REGIONAL_DEFENSE_COMMAND' && u.unitCode === province.code && u.validFrom === province.validFrom,
  );
  for (const command of commands) {
    // The same rule as a commune command's parent: the district of the first commune it was formed from.
    const area = communes.filter(
      (c) => c.predecessors[0] && command.predecessorIds.includes(orgId.militaryCommand(parentOf(c.predecessors[0].unit)!)),
    );
    const count = 1 + pick(`armed-forces/${command.id}/count`, 2);
    for (let i = 0; i < count; i += 1) {
      const key = `armed-forces/activity/${command.id}/${i}`;
      const at = area.length ? area[pick(`${key}/commune`, area.length)] : province;
      rows.push(fillerActivity(key, at, period(key), { army: command }));
    }
  }
  for (let i = 0; i < 2; i += 1) {
    const key = `armed-forces/activity/${province.code}-2025/province/${i}`;
    rows.push(fillerActivity(key, province, period(key), ownConductors(province, units)));
  }
  return rows;
}
