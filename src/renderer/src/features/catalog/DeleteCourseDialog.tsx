import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { plural } from '../../components/plural';
import { write } from '../../data';
import { fetchForPage, type CourseDetail } from '../../store/catalog';
import { useNotices } from '../../store/notices';

/** Asks before deleting a course, saying how many learning plans schedule it. */
export function DeleteCourseDialog({
  course,
  onOpenChange,
  onDeleted,
}: {
  course: { id: string; name: string } | null;
  onOpenChange: (open: boolean) => void;
  onDeleted: (title: string) => void;
}) {
  const change = write;
  const [fetched, setFetched] = useState<CourseDetail | null>(null);
  const detail = fetched && course && fetched.id === course.id ? fetched : null;

  useEffect(() => {
    if (!course) return;
    let live = true;
    void fetchForPage('courses.get', { id: course.id }, 'Checking the course').then((d) => {
      if (live) setFetched(d);
    });
    return () => {
      live = false;
    };
  }, [course]);

  async function confirm() {
    if (!course) return;
    try {
      await change('courses.delete', { id: course.id });
      onDeleted(course.name);
    } catch (error) {
      useNotices.getState().report(`Deleting “${course.name}”`, error);
    }
  }

  return (
    <ConfirmDialog
      open={course !== null}
      onOpenChange={onOpenChange}
      title={course ? `Delete “${course.name}”?` : 'Delete course?'}
      confirmLabel="Delete course"
      destructive
      confirmDisabled={!detail}
      onConfirm={() => void confirm()}
    >
      {!detail ? (
        <p role="status">Checking where this course is planned…</p>
      ) : detail.plans > 0 ? (
        <p>
          {plural(detail.plans, 'learning plan schedules', 'learning plans schedule')} this course; those steps are
          removed with it. This cannot be undone.
        </p>
      ) : (
        <p>No learning plan schedules it. The course will be deleted; this cannot be undone.</p>
      )}
    </ConfirmDialog>
  );
}
