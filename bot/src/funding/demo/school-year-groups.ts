/** The year groups a demo school teaches, from its phase and the kind in its name (infant R–2, junior 3–6, …). */
export function yearGroupsOf(school: { name: string; phase: 'primary' | 'secondary' }): string[] {
  if (school.phase === 'primary') {
    if (school.name.endsWith('Infant School')) return ['R', '1', '2'];
    if (school.name.endsWith('Junior School')) return ['3', '4', '5', '6'];
    return ['R', '1', '2', '3', '4', '5', '6'];
  }
  const sixthForm = school.name.endsWith('Sixth Form') || school.name.endsWith('Grammar School');
  return ['7', '8', '9', '10', '11', ...(sixthForm ? ['12', '13'] : [])];
}
