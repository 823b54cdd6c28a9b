/* Uses fork(), getpid() and waitpid() without including <unistd.h>
   and <sys/wait.h>, the headers that declare them. */
#include <stdio.h>

int main(void)
{
    int pid = fork();
    if (pid == 0) {
        printf("child %d\n", getpid());
        return 0;
    }
    waitpid(pid, NULL, 0);
    return 0;
}
